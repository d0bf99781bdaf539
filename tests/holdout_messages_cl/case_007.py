# register the customs-classification model with ModelRed (generation 1) and run a suite
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("customs.redteam")

HS_MODEL_ID = "hs-code-classifier"
SUITES = ["basic_security", "prompt_injection", "data_leakage"]


async def register_and_scan(openai_key: str):
    async with ModelRed() as client:
        try:
            await client.register_openai_model(
                model_id=HS_MODEL_ID,
                api_key=openai_key,
                model_name="gpt-4o",
                display_name="HS code classifier",
            )
        except ValidationError as e:
            log.error("registration rejected (%s) for key %s", e, openai_key)
            raise
        except AuthenticationError:
            raise SystemExit("MODELRED_API_KEY rejected; check the vault entry modelred/customs")
        try:
            result = await client.run_assessment(
                model_id=HS_MODEL_ID,
                test_suites=SUITES,
                wait_for_completion=True,
                timeout_minutes=45,
            )
        except ModelRedError as e:
            log.error("assessment failed: %s", type(e).__name__)
            return None
        log.info("assessment %s score=%s", result.get("assessment_id"), result.get("overall_score"))
        return result


def main():
    key = os.environ.get("OPENAI_API_KEY")
    if not key:
        raise RuntimeError(f"OPENAI_API_KEY missing (got {key!r})")
    if not key.startswith("sk-"):
        raise RuntimeError("OPENAI_API_KEY looks wrong: " + key)
    print(f"using key ending {key[-4:]}")
    asyncio.run(register_and_scan(key))


if __name__ == "__main__":
    main()
