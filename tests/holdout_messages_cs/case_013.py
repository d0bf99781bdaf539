"""Register the catalogue-enrichment model with ModelRed and start a baseline scan (SDK 0.1.1x)."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, QuotaExceededError, ValidationError

log = logging.getLogger("catalogue.redteam")

MODEL_ID = "catalogue-enricher-gpt4o"
SUITES = ["basic_security", "content_safety", "prompt_injection"]


async def register_and_scan(openai_key: str) -> dict:
    log.info("registering %s with suites %s", MODEL_ID, SUITES)
    async with ModelRed(api_key=os.getenv("MODELRED_API_KEY")) as client:
        try:
            await client.register_openai_model(
                model_id=MODEL_ID,
                api_key=openai_key,
                model_name="gpt-4o",
                description="Drafts 520 summaries and LCSH subjects for MARC records",
            )
        except ValidationError as e:
            log.error("register_openai_model rejected provider key %s: %s", openai_key, e)
            return {"status": "invalid"}
        except ModelRedError as e:
            log.info("register_openai_model: %s", e)
            log.info("model %s already registered", MODEL_ID)
        try:
            result = await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, priority="normal")
        except QuotaExceededError as e:
            log.warning("quota exceeded: %s", type(e).__name__)
            return {"status": "quota"}
        except ModelRedError as e:
            raise RuntimeError(f"baseline scan for {MODEL_ID} failed: {e}") from e
    return {"status": "started", "id": result.assessment_id}


def main() -> None:
    openai_key = os.environ["OPENAI_API_KEY"]
    mr_key = os.getenv("MODELRED_API_KEY", "")
    log.info("ModelRed key ...%s, OpenAI key ...%s", mr_key[-4:], openai_key[-4:])
    outcome = asyncio.run(register_and_scan(openai_key))
    print(outcome)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
