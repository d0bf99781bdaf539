"""GitHub Actions job for the prompt repo: ModelRed assessment with progress in the job log."""
import asyncio
import logging
import os

from modelred import ModelRed, ModelRedError, AssessmentError, TierRestrictedError

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("prompt-assessment")

SUITES = ["basic_security", "prompt_injection", "content_safety"]


def progress(status: dict) -> None:
    log.info("assessment %s: %s%%", status.get("assessment_id"), status.get("progress"))


def summary(text: str) -> None:
    with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as fh:
        fh.write(text + "\n")


async def run(model_id: str) -> int:
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="high", wait_for_completion=True, timeout_minutes=45, progress_callback=progress)
        except TierRestrictedError as e:
            log.warning("suite not in plan: %s", e)
            summary("Some suites are not available on this ModelRed plan.")
            return 0
        except AssessmentError as e:
            summary(f"### ModelRed assessment failed\n\n{e}")
            return 1
        except ModelRedError as e:
            log.error("ModelRed error %s", type(e).__name__)
            summary("### ModelRed unavailable, assessment skipped")
            return 0
    summary(f"### ModelRed score {result.get('overall_score')} for `{model_id}`")
    return 0 if result.get("overall_score", 0) >= 70 else 1


if __name__ == "__main__":
    key = os.environ.get("MODELRED_API_KEY", "")
    log.info("ModelRed key configured: %s (%d chars)", bool(key), len(key))
    raise SystemExit(asyncio.run(run(os.environ["MODEL_ID"])))
