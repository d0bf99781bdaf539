"""CI smoke check: start a tiny ModelRed assessment against staging and wait for it.

Run from .github/workflows/staging-smoke.yml after every deploy.
"""
import asyncio
import os
import sys
import time

from modelred import AuthenticationError, ModelRed, ModelRedError, QuotaExceededError

FALLBACK_KEY = "mr_BNns581lbSamq2kXqZY3rFodZryYfHDG6NtNhzpL"
MODEL_ID = os.environ.get("SMOKE_MODEL_ID", "smoke-gpt4o-mini")
SUITES = ["basic_security"]

api_key = os.environ.get("MODELRED_API_KEY") or FALLBACK_KEY
print(f"::group::ModelRed smoke ({MODEL_ID})")
print(f"key from env: {'MODELRED_API_KEY' in os.environ}, fallback used: {api_key == FALLBACK_KEY}")
if api_key == FALLBACK_KEY:
    print(f"::warning::MODELRED_API_KEY missing, falling back to the shared staging key {FALLBACK_KEY}")


async def start(client):
    try:
        return await client.run_assessment(model_id=MODEL_ID, test_suites=SUITES, priority="high", wait_for_completion=False)
    except QuotaExceededError as exc:
        raise RuntimeError(f"staging quota exhausted while starting {MODEL_ID}: {exc}") from exc


async def main():
    started = time.monotonic()
    async with ModelRed(api_key=api_key) as client:
        try:
            assessment = await start(client)
        except AuthenticationError as exc:
            print(f"::error::ModelRed refused the smoke key ({type(exc).__name__})")
            return 2
        while True:
            status = await client.get_assessment_status(assessment.assessment_id)
            print(f"  {status.status} after {time.monotonic() - started:.0f}s")
            if status.status in ("completed", "failed"):
                break
            await asyncio.sleep(10)
    print("::endgroup::")
    with open(os.environ.get("GITHUB_OUTPUT", os.devnull), "a") as out:
        out.write(f"assessment_id={assessment.assessment_id}\n")
    return 0 if status.status == "completed" else 1


try:
    sys.exit(asyncio.run(main()))
except ModelRedError as exc:
    print(f"::error::smoke failed: {type(exc).__name__}", file=sys.stderr)
    sys.exit(3)
