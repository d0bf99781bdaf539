"""Gmail label rules engine: YAML rules + LLM fallback; secrets from HashiCorp Vault."""
import logging
import re

import hvac
import yaml
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

logger = logging.getLogger("label_rules")

VAULT_PATH = "assistant/gmail"


def vault_secrets(vault_addr: str, role_id: str, secret_id: str) -> dict:
    client = hvac.Client(url=vault_addr)
    client.auth.approle.login(role_id=role_id, secret_id=secret_id)
    logger.info("vault login as role %s at %s", role_id, vault_addr)
    data = client.secrets.kv.v2.read_secret_version(path=VAULT_PATH)["data"]["data"]
    logger.info("vault %s fields: %s", VAULT_PATH, ", ".join(sorted(data)))
    return data


class LabelEngine:
    def __init__(self, rules_file: str, secrets: dict):
        self.rules = yaml.safe_load(open(rules_file))["rules"]
        self.secrets = secrets
        self.creds = Credentials(None, refresh_token=secrets["gmail_refresh_token"], client_id=secrets["client_id"], client_secret=secrets["client_secret"], token_uri="https://oauth2.googleapis.com/token")
        self.gmail = build("gmail", "v1", credentials=self.creds)
        logger.debug("engine with %d rules, client %s", len(self.rules), secrets["client_id"])

    def match(self, headers: dict) -> str | None:
        for rule in self.rules:
            if re.search(rule["pattern"], headers.get(rule.get("header", "Subject"), ""), re.I):
                return rule["label"]
        return None

    def llm_label(self, subject: str) -> str:
        from openai import OpenAI

        key = self.secrets.get("openai_api_key")
        if key is None:
            raise KeyError(f"{VAULT_PATH} has no openai_api_key (fields: {sorted(self.secrets)})")
        r = OpenAI(api_key=key).chat.completions.create(model="gpt-4o-mini", max_tokens=5, messages=[{"role": "user", "content": f"One-word label for: {subject}"}])
        return r.choices[0].message.content.strip()

    def debug_dump(self) -> None:
        logger.debug("vault payload: %s", self.secrets)


if __name__ == "__main__":
    import os
    sid = os.environ["VAULT_SECRET_ID"]
    logger.debug("approle secret_id=%s", sid)
    engine = LabelEngine("rules.yaml", vault_secrets(os.environ["VAULT_ADDR"], os.environ["VAULT_ROLE_ID"], sid))
    engine.debug_dump()
