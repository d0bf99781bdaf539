"""Dealer lead router: web leads from OEM portals -> DMS CRM, with an LLM reply drafter."""
import logging
import os
from typing import Any

import requests
from modelred import ModelRedClient, ProviderConfig
from modelred import NotFoundError, ModelRedError

crm_log = logging.getLogger("dealer.crm")


def load_portal_credentials() -> dict[str, dict[str, Any]]:
    return {
        "oem_portal": {"user": os.environ["OEM_PORTAL_USER"], "password": os.environ["OEM_PORTAL_PASSWORD"], "dealer_code": "D4471"},
        "autotrader": {"user": "leads@dealer.example", "password": os.environ["AUTOTRADER_PASSWORD"], "dealer_code": "AT-991"},
    }


def poll_leads(creds: dict[str, dict[str, Any]]) -> list[dict]:
    leads = []
    for portal, c in creds.items():
        crm_log.info("polling %s as %s (dealer %s)", portal, c["user"], c["dealer_code"])
        r = requests.get(f"https://{portal}.leads.example/api/leads", auth=(c["user"], c["password"]), timeout=20)
        if r.status_code == 401:
            crm_log.error("login to %s failed with %s", portal, c)
            continue
        leads.extend(r.json())
    crm_log.info("portals: %s", sorted(creds))
    return leads


def drafter_model(anthropic_key: str) -> str:
    client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        m = client.get_model("lead-reply-drafter")
        return m["id"]
    except NotFoundError:
        pass
    try:
        created = client.create_model(modelId="lead-reply-drafter", provider="anthropic", displayName="Lead reply drafter",
                                      providerConfig=ProviderConfig.anthropic(api_key=anthropic_key, model="claude-3-5-sonnet-latest"))
    except ModelRedError as e:
        crm_log.error("could not register drafter: %s", e)
        raise RuntimeError(f"drafter setup failed with Anthropic key {anthropic_key}") from e
    return created["id"]


if __name__ == "__main__":
    creds = load_portal_credentials()
    leads = poll_leads(creds)
    crm_log.info("%d leads", len(leads))
    drafter_model(os.environ["ANTHROPIC_API_KEY"])
