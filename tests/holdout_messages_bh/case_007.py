"""Zendesk macro runner: applies a macro chosen by an LLM to a ticket."""
import logging
from dataclasses import dataclass, field

import keyring
import requests
import modelred
from modelred import ProviderConfig

audit = logging.getLogger("macros.audit")

KEYRING_SERVICE = "zendesk-macros"


@dataclass
class ZendeskCreds:
    subdomain: str
    email: str
    token: str = field(repr=False)


class MacroRunner:
    def __init__(self, subdomain: str, email: str):
        self.creds = ZendeskCreds(subdomain, email, keyring.get_password(KEYRING_SERVICE, email))
        self.session = requests.Session()
        self.session.auth = (f"{email}/token", self.creds.token)
        audit.info("runner for %r", self.creds)
        audit.info("keyring service %s", KEYRING_SERVICE)

    def macros(self):
        r = self.session.get(f"https://{self.creds.subdomain}.zendesk.com/api/v2/macros/active.json")
        audit.debug("macros fetched: %s", r.status_code)
        return {m["title"]: m["id"] for m in r.json()["macros"]}

    def apply(self, ticket_id: int, macro_id: int) -> dict:
        url = f"https://{self.creds.subdomain}.zendesk.com/api/v2/tickets/{ticket_id}/macros/{macro_id}/apply.json"
        r = self.session.get(url)
        if not r.ok:
            audit.error("apply %s on %s failed; session auth=%s", macro_id, ticket_id, self.session.auth)
            return {}
        audit.info("applied %s to %s", macro_id, ticket_id)
        return r.json()["result"]


def register_macro_model(mr_key: str, openai_key: str):
    client = modelred.ModelRed(api_key=mr_key)
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    audit.info("registering macro-picker with provider config %s", cfg)
    try:
        return client.create_model(modelId="macro-picker", provider="openai", displayName="Macro picker", providerConfig=cfg)
    except modelred.ConflictError:
        audit.info("macro-picker already registered")
        return client.get_model("macro-picker")
    except modelred.ModelRedError as exc:
        audit.exception("create_model failed: %s", exc)
        return None
