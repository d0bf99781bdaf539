"""Gen-1 ModelRed audit of the claims triage bot, scheduled from cron."""
import asyncio
import logging
import os

from modelred import ModelRed, ValidationError, AssessmentError, ModelRedError

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

SUITES = ["basic_security", "prompt_injection", "pii_leakage"]
MODEL_ID = os.getenv("TRIAGE_MODEL_ID", "claims-triage-v3")


def progress(update: dict) -> None:
    logging.info("assessment %s at %s%%", update.get("assessment_id"), update.get("progress"))


async def run(api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        ok = await client.validate_api_key()
        if not ok:
            logging.error("ModelRed says key %s is not valid", api_key)
            return {}
        logging.info("key valid: %s", ok)
        try:
            return await client.run_assessment(
                model_id=MODEL_ID, test_suites=SUITES, priority="high",
                wait_for_completion=True, timeout_minutes=45, progress_callback=progress,
            )
        except ValidationError as e:
            logging.error("bad assessment request: %s", e)
        except AssessmentError as e:
            logging.error("assessment failed, retry later (%s)", type(e).__name__)
        except ModelRedError:
            logging.exception("unexpected ModelRed failure")
        return {}


if __name__ == "__main__":
    key = os.getenv("MODELRED_API_KEY")
    if not key:
        raise SystemExit("set MODELRED_API_KEY")
    result = asyncio.run(run(key))
    logging.info("overall score %s for %s", result.get("overall_score"), MODEL_ID)
