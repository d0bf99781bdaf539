"""Red-team the course assistant model before each term (ModelRed generation 3)."""
import logging
import os
import sys

from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized

log = logging.getLogger("term_audit")

PACKS = ["pii-leakage", "academic-integrity", "jailbreak-basic"]


def load_key() -> str:
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        raise KeyError("MODELRED_API_KEY missing")
    return key


def run(model_id: str) -> int:
    key = load_key()
    log.info("auditing %s with key ending %s", model_id, key[-4:])
    with ModelRed(key, timeout=30.0, max_retries=2) as client:
        try:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="high")
        except Unauthorized as e:
            log.error("key rejected: %s (key=%s)", e, key)
            return 2
        except NotFound:
            log.error("model %s not found", model_id)
            return 3
        except RateLimited as e:
            log.warning("rate limited, retry after %s", getattr(e, "retry_after", "?"))
            return 4
        except APIError as e:
            log.error("audit failed: %s (%s)", type(e).__name__, getattr(e, "status_code", None))
            return 1
    log.info("assessment %s queued", a["id"])
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else "course-assistant-v2"))
