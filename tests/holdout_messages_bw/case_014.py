"""ModelRed gen-3 sync scanner for the channel's chatbot, run from cron."""
import logging
import os
import sys
import warnings

from modelred import ModelRed, APIError, LimitExceeded, ServerError, Forbidden

log = logging.getLogger("cron.scan")
RETRYABLE = (LimitExceeded, ServerError)
PACKS = ["prompt-injection-v2", "pii-leak"]


def get_key() -> str:
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        warnings.warn("MODELRED_API_KEY is not set; scans skipped")
        sys.exit(0)
    if not key.startswith("mr_"):
        warnings.warn(f"MODELRED_API_KEY has unexpected format: {key}")
    return key


def scan(model_id: str) -> str | None:
    key = get_key()
    with ModelRed(key, timeout=20.0, max_retries=2) as mr:
        for attempt in range(3):
            try:
                a = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=PACKS, priority="low")
                log.info("queued %s for %s", a["id"], model_id)
                return a["id"]
            except RETRYABLE as e:
                log.warning("attempt %d: %s", attempt, e)
            except Forbidden as e:
                log.error("forbidden: %s", e)
                return None
            except APIError as e:
                sys.exit(f"scan failed: {type(e).__name__}")
    return None


def main():
    models = sys.argv[1:] or ["chat-overlay-bot"]
    for m in models:
        aid = scan(m)
        print(m, aid or "-")
    log.info("done; packs=%s", PACKS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
