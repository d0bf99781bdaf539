"""Generation-1 nightly job: assess the BIM clash-report summariser and wait."""
import asyncio
import logging
import os

from modelred import (
    ModelRed, ModelRedError, AuthenticationError, QuotaExceededError, AssessmentError,
)

job_log = logging.getLogger("bim.nightly")

MODEL_ID = "clash-report-summariser"
SUITES = ["basic_security", "prompt_injection"]


def progress(update):
    job_log.info("assessment progress %s%%", update.get("progress"))


async def nightly(api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        try:
            return await client.run_assessment(
                model_id=MODEL_ID, test_suites=SUITES, priority="low",
                wait_for_completion=True, timeout_minutes=90, progress_callback=progress,
            )
        except AuthenticationError as e:
            raise RuntimeError(f"nightly BIM scan could not authenticate with {api_key}") from e
        except QuotaExceededError:
            job_log.warning("quota exceeded; skipping tonight")
            return {}
        except AssessmentError as e:
            raise RuntimeError(f"assessment error for {MODEL_ID}: {e}") from e
        except ModelRedError as e:
            job_log.error("nightly failed: %s (%s)", type(e).__name__, getattr(e, "status_code", "?"))
            return {}


def main():
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        job_log.error("MODELRED_API_KEY missing; got %r", key)
        return 1
    result = asyncio.run(nightly(key))
    job_log.info("result score %s", result.get("overall_score"))
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
