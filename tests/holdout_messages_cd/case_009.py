import os
import logging

from modelred import ModelRed, ProviderConfig, AuthenticationError, QuotaExceededError, ModelRedError
import asyncio

# nightly job: re-register the OpenAI-backed "robo-advisor" model (ModelRed gen 1) and run a scan
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

MR_API_KEY = os.environ.get("MODELRED_API_KEY")
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")
MODEL_ID = "robo-advisor"
SUITES = ["basic_security", "financial_advice_safety"]

logging.info("job start: model=%s suites=%s", MODEL_ID, SUITES)
if not OPENAI_API_KEY:
    logging.error("OPENAI_API_KEY is not set")
    raise SystemExit(2)


async def nightly():
    async with ModelRed(api_key=MR_API_KEY) as client:
        try:
            await client.register_openai_model(model_id=MODEL_ID, api_key=OPENAI_API_KEY, model_name="gpt-4o")
        except AuthenticationError:
            logging.error("modelred auth failed with key %s", MR_API_KEY)
            return None
        except ModelRedError as e:
            logging.warning("register skipped: %s", e)
        try:
            result = await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, wait_for_completion=True, timeout_minutes=90)
        except QuotaExceededError as e:
            logging.error("quota exceeded (%s)", type(e).__name__)
            return None
        return result


result = asyncio.run(nightly())
if result is None:
    raise SystemExit(1)
score = result.get("overall_score")
print(f"robo-advisor scan finished, score={score}")
if score is not None and score < 0.7:
    raise RuntimeError(f"score {score} below gate; provider key {OPENAI_API_KEY} should be rotated")
print("gate passed")
