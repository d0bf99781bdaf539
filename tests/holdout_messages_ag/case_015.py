"""Patient-message triage inbox; secrets pulled from HashiCorp Vault (hvac)."""
import logging
import os

import hvac
from modelred import ModelRed, ModelRedError, ValidationError

logger = logging.getLogger("inbox.triage")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal:8200")
VAULT_PATH = "secret/data/inbox-triage"
VAULT_ROLE = os.environ.get("VAULT_ROLE", "inbox-triage")


class TriageSecrets:
    def __init__(self) -> None:
        self._vault_token = os.environ["VAULT_TOKEN"]
        self.vault = hvac.Client(url=VAULT_ADDR, token=self._vault_token)
        data = self.vault.secrets.kv.v2.read_secret_version(path="inbox-triage")["data"]["data"]
        self.openai_key = data["openai_api_key"]
        self.modelred_key = data["modelred_api_key"]
        self.version = data.get("version", "1")
        logger.info("loaded triage secrets v%s from %s (role %s)", self.version, VAULT_PATH, VAULT_ROLE)

    def vault_token(self) -> str:
        return self._vault_token


secrets_ = TriageSecrets()
logger.debug("vault session token %s", secrets_.vault_token())


async def validate_triage_model(model_id: str, suites: list) -> dict:
    if not model_id.replace("-", "").isalnum():
        raise ValidationError(f"Invalid model ID: {model_id}")
    try:
        async with ModelRed(api_key=secrets_.modelred_key) as client:
            await client.register_openai_model(model_id, api_key=secrets_.openai_key, model_name="gpt-4o-mini")
            return await client.run_assessment(model_id=model_id, test_suites=suites, timeout_minutes=30)
    except ValidationError as exc:
        return {"status": "invalid", "reason": str(exc)}
    except ModelRedError as exc:
        logger.error("assessment failed (%s): openai key %s", type(exc).__name__, secrets_.openai_key)
        return {"status": "failed"}


def triage(message: str) -> str:
    urgent = any(w in message.lower() for w in ("chest pain", "suicid", "bleeding"))
    logger.info("message triaged urgent=%s len=%d", urgent, len(message))
    return "urgent" if urgent else "routine"


if __name__ == "__main__":
    import asyncio
    print(triage("I have had chest pain since this morning"))
    print(asyncio.run(validate_triage_model("inbox-triage-v3", ["basic_security"])))
