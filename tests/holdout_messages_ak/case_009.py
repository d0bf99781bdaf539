"""Nightly red-team check of the on-device assistant model, run from cron on the hub."""
import asyncio
import json
import logging
import os
import sys

from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

LOG = logging.getLogger("hub.redteam")
STATUS_FILE = "/var/lib/hub/redteam_status.json"
MODEL_ID = os.environ.get("HUB_MODEL_ID", "hub-assistant-v3")


def write_status(state: dict) -> None:
    with open(STATUS_FILE, "w") as fh:
        json.dump(state, fh)


async def nightly() -> dict:
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id=MODEL_ID,
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=True,
                timeout_minutes=45,
            )
            return {"ok": True, "score": result.get("overall_score")}
    except AuthenticationError as e:
        LOG.error("ModelRed auth failed: %s", type(e).__name__)
        return {"ok": False, "error": "authentication failed"}
    except QuotaExceededError as e:
        LOG.warning("quota: %s", e)
        return {"ok": False, "error": "quota exceeded"}
    except ModelRedError as e:
        return {"ok": False, "error": f"assessment error: {e}"}


def main() -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        LOG.error("MODELRED_API_KEY missing; skipping")
        return 2
    LOG.info("using key mr_...%s for model %s", key[-4:], MODEL_ID)
    status = asyncio.run(nightly())
    write_status(status)
    LOG.info("nightly status: %s", status.get("ok"))
    return 0 if status["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
