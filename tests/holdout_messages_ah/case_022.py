"""Nightly: run ModelRed probe packs against the page-classifier model used by the crawler."""
import logging
import os
import sys
import time

from modelred import ModelRed, APIError, Unauthorized, NotFound, LimitExceeded

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("nightly")

PACKS = ["prompt-injection-web", "data-exfil-html"]
MODEL_ID = os.environ.get("CLASSIFIER_MODEL_ID", "page-classifier")


def load_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "").strip()
    if not key:
        raise RuntimeError("MODELRED_API_KEY is empty")
    if not key.startswith("mr_"):
        raise RuntimeError(f"MODELRED_API_KEY has the wrong prefix: {key[:3]!r}")
    return key


def main() -> int:
    key = load_key()
    with ModelRed(key, timeout=60.0, max_retries=5) as client:
        try:
            a = client.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACKS, priority="low")
        except Unauthorized as e:
            raise RuntimeError(f"ModelRed rejected key {key}") from e
        except NotFound:
            log.error("model %s is not registered", MODEL_ID)
            return 2
        except LimitExceeded as e:
            log.warning("limit exceeded: status %s", e.status_code)
            return 3
        log.info("assessment %s started for %s", a["id"], MODEL_ID)
        for _ in range(120):
            cur = client.get_assessment(a["id"])
            if cur["status"] in ("COMPLETED", "FAILED"):
                break
            time.sleep(30)
        log.info("assessment %s finished: %s", a["id"], cur["status"])
        return 0 if cur["status"] == "COMPLETED" else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except APIError as e:
        log.error("ModelRed API error %s", e)
        sys.exit(1)
