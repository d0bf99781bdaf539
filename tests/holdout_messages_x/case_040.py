"""Staging smoke check (generation 3 SDK) run by the deploy pipeline after each rollout."""

import json
import logging
import os
import sys
import time

from modelred import ModelRed, ModelRedError, Unauthorized

log = logging.getLogger("staging-smoke")

# Staging-only key for the throwaway workspace (rotated with the environment).
STAGING_MR_KEY = "mr_hILxRbNly0fEEd1AFag2iteEPbeKecBKmBG0zsZK"
KEY_ENV = "MODELRED_API_KEY"


def key() -> str:
    k = os.environ.get(KEY_ENV) or STAGING_MR_KEY
    log.info("using %s from %s", "env" if os.environ.get(KEY_ENV) else "default", KEY_ENV)
    return k


def smoke() -> dict:
    started = time.monotonic()
    try:
        with ModelRed(key(), timeout=10.0, max_retries=0) as client:
            models = client.list_models()
    except Unauthorized:
        log.error("staging key rejected: %s", STAGING_MR_KEY)
        return {"ok": False, "error": "unauthorized"}
    except ModelRedError as exc:
        return {"ok": False, "error": repr(exc)}
    elapsed = time.monotonic() - started
    log.info("listed %d models in %.2fs", len(models.get("data", [])), elapsed)
    return {"ok": True, "models": len(models.get("data", [])), "seconds": round(elapsed, 2)}


def main() -> int:
    report = smoke()
    report["commit"] = os.environ.get("CI_COMMIT_SHA", "unknown")[:8]
    with open(os.environ.get("SMOKE_REPORT", "smoke.json"), "w", encoding="utf-8") as fh:
        json.dump(report, fh)
    print(json.dumps(report))
    if not report["ok"]:
        print(f"smoke failed: {report['error']}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
