"""Registers our OpenAI deployments with ModelRed (SDK generation 1) and starts a scan."""
import asyncio
import logging

import keyring
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger("redteam.register")

KEYRING_SERVICE = "redteam-tools"
OPENAI_USER = "openai"
MODELRED_USER = "modelred"


def credentials() -> tuple[str, str]:
    openai_key = keyring.get_password(KEYRING_SERVICE, OPENAI_USER)
    modelred_key = keyring.get_password(KEYRING_SERVICE, MODELRED_USER)
    if openai_key is None or modelred_key is None:
        raise RuntimeError(f"missing keyring entries in service {KEYRING_SERVICE!r} for users {OPENAI_USER!r}/{MODELRED_USER!r}")
    return openai_key, modelred_key


async def register_and_scan(model_id: str, suites: list[str]) -> dict:
    openai_key, modelred_key = credentials()
    async with ModelRed(api_key=modelred_key) as client:
        try:
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")
        except AuthenticationError:
            logger.error("OpenAI key %s was not accepted for %s", openai_key, model_id)
            return {"status": "error", "reason": "provider authentication failed"}
        except ModelRedError as exc:
            logger.error("registration failed: %s", type(exc).__name__)
            return {"status": "error", "reason": "registration failed"}
        try:
            result = await client.run_assessment(model_id=model_id, test_suites=suites, priority="high", wait_for_completion=False)
        except QuotaExceededError as exc:
            logger.warning("quota exceeded: %s", exc)
            return {"status": "error", "reason": "quota exceeded"}
        except ModelRedError as exc:
            return {"status": "error", "reason": f"ModelRed: {exc}"}
    logger.info("assessment %s queued for %s (%d suites)", result.assessment_id, model_id, len(suites))
    return {"status": "queued", "assessment_id": result.assessment_id}


def rotate_openai_key(new_key: str) -> None:
    keyring.set_password(KEYRING_SERVICE, OPENAI_USER, new_key)
    print(f"stored new OpenAI key {new_key} in keyring")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(register_and_scan("support-bot-prod", ["basic_security", "prompt_injection"])))
