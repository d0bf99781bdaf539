"""Subrogation assistant: drafts demand letters; keys come from HashiCorp Vault."""
import logging
import os

import hvac
from openai import OpenAI

logger = logging.getLogger("subro.assistant")

VAULT_ADDR = os.getenv("VAULT_ADDR", "https://vault.internal:8200")
VAULT_PATH = "secret/data/subrogation/openai"


class DemandLetterDrafter:
    def __init__(self):
        vault = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
        secret = vault.secrets.kv.v2.read_secret_version(path="subrogation/openai")
        data = secret["data"]["data"]
        self.org_id = data.get("org_id")
        self.api_key = data["api_key"]
        self.client = OpenAI(api_key=self.api_key, organization=self.org_id)
        logger.info("drafter ready: vault=%s path=%s org=%s", VAULT_ADDR, VAULT_PATH, self.org_id)
        logger.debug("vault secret metadata version=%s", secret["data"]["metadata"]["version"])

    def draft(self, claim: dict) -> str:
        prompt = (
            f"Draft a subrogation demand letter to {claim['adverse_carrier']} for claim "
            f"{claim['claim_number']}, paid amount {claim['paid']}."
        )
        try:
            resp = self.client.chat.completions.create(
                model="gpt-4o", max_tokens=1200,
                messages=[{"role": "user", "content": prompt}],
            )
        except Exception as exc:
            logger.error("draft failed for org %s with key %s: %s", self.org_id, self.api_key, exc)
            raise
        return resp.choices[0].message.content


def vault_debug() -> None:
    token = os.environ.get("VAULT_TOKEN")
    print("VAULT_ADDR", VAULT_ADDR)
    print("VAULT_TOKEN", token)
