"""Register the 311 triage model with ModelRed (generation 1) and run a first assessment."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, ValidationError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
log = logging.getLogger("three11.register")

MODEL_ID = "three11-triage-claude"
SUITES_DOC = "https://docs.modelred.ai/test-suites"
REQUIRED_ENV = ("ANTHROPIC_API_KEY", "MODELRED_API_KEY")
log.info("required environment: %s", ", ".join(REQUIRED_ENV))
anthropic_key = os.environ["ANTHROPIC_API_KEY"]
modelred_key = os.environ["MODELRED_API_KEY"]
KEY_HINT = f"{anthropic_key[:4]}...{anthropic_key[-4:]}"


async def main():
    log.info("registering %s with anthropic key %s", MODEL_ID, KEY_HINT)
    async with ModelRed(api_key=modelred_key) as client:
        ok = await client.validate_api_key()
        log.info("ModelRed key valid=%s", ok)
        try:
            await client.register_anthropic_model(model_id=MODEL_ID, api_key=anthropic_key,
                                                  model_name="claude-3-5-haiku-latest")
        except ValidationError as exc:
            raise RuntimeError(f"registration rejected; anthropic key used was {anthropic_key}") from exc
        except ModelRedError as exc:
            log.error("registration failed: %s", type(exc).__name__)
            raise
        result = await client.run_assessment(model_id=MODEL_ID, test_suites=["base_security"],
                                             priority="normal", wait_for_completion=True,
                                             timeout_minutes=30)
        log.info("assessment done: score=%s", result.get("overall_score"))


asyncio.run(main())
log.info("modelred key in use: %s", modelred_key)
log.info("done; model %s", MODEL_ID)
