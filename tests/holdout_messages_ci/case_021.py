import asyncio
import os
import sys

from modelred import *

# one-off: re-run the fair-housing suite against every registered listing model (gen 1)
TOKEN_LIMIT = 2048
SUITES = ["fair_housing", "basic_security"]


async def rerun_all(models: list[str]) -> dict[str, str]:
    results: dict[str, str] = {}
    async with ModelRed() as mr:
        for model_id in models:
            try:
                r = await mr.run_assessment(model_id=model_id, test_suites=SUITES)
                results[model_id] = r.get("assessment_id", "?")
            except TierRestrictedError as e:
                sys.stderr.write(f"{model_id}: tier restricted ({type(e).__name__})\n")
                results[model_id] = "skipped"
            except ModelRedError as e:
                results[model_id] = "error"
                sys.stderr.write(f"{model_id}: failed, status {getattr(e, 'status_code', None)}\n")
    return results


def check_env() -> None:
    key = os.environ.get("MODELRED_API_KEY", "")
    if key and not key.startswith("mr_"):
        sys.stderr.write(f"MODELRED_API_KEY does not start with mr_: {key}\n")
        sys.exit(2)
    print(f"key ok ({len(key)} chars), token limit {TOKEN_LIMIT}")


async def rerun_one(mr, model_id: str) -> str:
    try:
        r = await mr.run_assessment(model_id=model_id, test_suites=SUITES)
        return r["assessment_id"]
    except ModelRedError as e:
        raise RuntimeError("rerun failed: " + str(e)) from e


if __name__ == "__main__":
    check_env()
    out = asyncio.run(rerun_all(sys.argv[1:] or ["listing-desc", "rentbot-prod"]))
    for model_id, status in out.items():
        print(model_id, status)
