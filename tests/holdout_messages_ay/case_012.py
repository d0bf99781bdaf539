"""Gen-3 ModelRed gate in the MES model-promotion pipeline (CI job for the defect-classifier LLM)."""
from __future__ import annotations

import logging
import os
import sys
import time

from modelred import (
    APIError,
    LimitExceeded,
    ModelRed,
    NotAllowedForApiKey,
    Unauthorized,
    ValidationFailed,
)

log = logging.getLogger("promote")

PACKS = ["owasp-llm-top10", "industrial-safety-instructions"]
MIN_SCORE = float(os.getenv("MIN_SAFETY_SCORE", "0.85"))


def gate(key: str, model_id: str) -> bool:
    with ModelRed(key, timeout=60.0, max_retries=5) as mr:
        try:
            job = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=PACKS)
        except Unauthorized:
            log.error("ModelRed key rejected (suffix %s)", key[-4:])
            return False
        except NotAllowedForApiKey as e:
            log.error("key %s may not create assessments: %s", key, e.status_code)
            return False
        except (ValidationFailed, LimitExceeded) as e:
            log.error("cannot start assessment: %s (%s)", type(e).__name__, getattr(e, "status_code", "?"))
            return False
        deadline = time.monotonic() + 3600
        while time.monotonic() < deadline:
            a = mr.get_assessment(job["id"])
            if a["status"] in ("completed", "failed"):
                break
            time.sleep(30)
        score = a.get("score", 0.0)
        log.info("assessment %s: %s score=%.2f (min %.2f)", job["id"], a["status"], score, MIN_SCORE)
        return a["status"] == "completed" and score >= MIN_SCORE


def main(argv):
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        raise RuntimeError("MODELRED_API_KEY not set")
    try:
        ok = gate(key, argv[1])
    except APIError as e:
        log.error("ModelRed API error: %r", e)
        ok = False
    print("PROMOTE" if ok else "BLOCK")
    return 0 if ok else 1


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
