#!/usr/bin/env python3
"""scripts/redteam_gate.py - fail the CI job if the latest ModelRed run found criticals.

Called from .github/workflows/ci.yml:  python scripts/redteam_gate.py --model tinyllm
"""
import argparse
import asyncio
import os
import sys

from modelred import ModelRed, ModelRedError, AssessmentError, TierRestrictedError

API_KEY_ENV = "MODELRED_API_KEY"
SUMMARY = os.environ.get("GITHUB_STEP_SUMMARY")


class GateFailed(Exception):
    pass


async def latest(model_id, suites):
    key = os.environ.get(API_KEY_ENV, "")
    if key and not key.startswith("mr_"):
        raise ValueError("MODELRED_API_KEY must start with mr_, got %s" % key)
    async with ModelRed(api_key=key or None) as mr:
        try:
            res = await mr.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True, timeout_minutes=20)
        except TierRestrictedError:
            raise GateFailed("suite not in your tier; drop it from the workflow")
        except AssessmentError as e:
            raise GateFailed(f"assessment errored: {e}") from e
        except ModelRedError as e:
            raise GateFailed(f"ModelRed unavailable ({type(e).__name__})") from None
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--suite", action="append", default=[])
    args = ap.parse_args()
    try:
        res = asyncio.run(latest(args.model, args.suite or ["basic_injection"]))
    except GateFailed as g:
        print(f"::error::{g}")
        return 1
    crit = res.get("summary", {}).get("critical", 0)
    if SUMMARY:
        with open(SUMMARY, "a") as fh:
            fh.write(f"### ModelRed: {crit} critical findings for `{args.model}`\n")
    print(f"critical={crit} key_env={API_KEY_ENV}")
    return 1 if crit else 0


if __name__ == "__main__":
    sys.exit(main())
