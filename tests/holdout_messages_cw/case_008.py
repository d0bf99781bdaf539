"""Nightly red-team flow on the 0.1.1x SDK; prints go to the Prefect log (log_prints)."""
import asyncio
import os

from prefect import flow, get_run_logger, task
from prefect.states import Completed, Failed
from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

MODEL_ID = os.getenv("SCAN_MODEL_ID", "support-bot-prod")
SUITES = ["basic_security", "prompt_injection", "jailbreak"]


@task(log_prints=True)
async def start_scan(model_id: str) -> dict:
    api_key = os.environ["MODELRED_API_KEY"]
    print(f"Starting scan of {model_id} with suites {SUITES}")
    print(f"MODELRED_API_KEY set: {bool(api_key)}, prefix ok: {api_key.startswith('mr_')}")
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(
            model_id=model_id,
            test_suites=SUITES,
            priority="high",
            wait_for_completion=True,
            timeout_minutes=90,
        )


@task(log_prints=True)
def check_key() -> None:
    api_key = os.environ.get("MODELRED_API_KEY", "")
    if api_key and len(api_key) < 12:
        print(f"MODELRED_API_KEY looks truncated: {api_key}")


@flow(log_prints=True, name="nightly-redteam")
async def nightly_redteam(model_id: str = MODEL_ID):
    check_key()
    try:
        result = await start_scan(model_id)
    except AuthenticationError as e:
        print(f"auth failed: {type(e).__name__}")
        return Failed(message="ModelRed authentication failed")
    except QuotaExceededError as e:
        get_run_logger().warning("quota exceeded: %s", e)
        return Completed(message="skipped, quota exhausted")
    except ModelRedError as e:
        return Failed(message=f"ModelRed scan failed: {e}")
    score = result.get("overall_score")
    print(f"scan {result.get('assessment_id')} finished, score={score}")
    return Completed(message=f"score {score}")


if __name__ == "__main__":
    asyncio.run(nightly_redteam())
