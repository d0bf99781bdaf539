# nightly_redteam.py - run the ModelRed scan against the statement-summary bot before release
import asyncio
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, AuthenticationError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

MODEL_ID = "stmt-summary-gpt4o"
SUITES = ["basic_security", "data_leakage", "pii_exposure"]
MAX_TOKENS = 1024

modelred_key = os.getenv("MODELRED_API_KEY")
openai_key = os.getenv("OPENAI_API_KEY")

if modelred_key is None:
    sys.exit("MODELRED_API_KEY missing; export it from the finance-ml vault")

logging.info("scan config: model=%s suites=%s max_tokens=%d", MODEL_ID, SUITES, MAX_TOKENS)
logging.info("using openai key ending %s", openai_key[-4:])
print(f"ModelRed key loaded: {modelred_key}")


async def main() -> int:
    async with ModelRed(api_key=modelred_key) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError as e:
            logging.error("key rejected: %s", type(e).__name__)
            logging.error("rejected key was %s", modelred_key)
            return 2
        await client.register_openai_model(
            model_id=MODEL_ID, api_key=openai_key, model_name="gpt-4o", max_tokens=MAX_TOKENS
        )
        try:
            result = await client.run_assessment(
                model_id=MODEL_ID, test_suites=SUITES, wait_for_completion=True, timeout_minutes=45
            )
        except ModelRedError as e:
            logging.exception("assessment failed: %s", e)
            return 1
        logging.info("assessment %s score=%s", result.assessment_id, result.overall_score)
        return 0


sys.exit(asyncio.run(main()))
