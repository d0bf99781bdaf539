"""Nightly red-team run of the benefits-eligibility chatbot (ModelRed generation 3)."""
import logging
import os
import sys

from modelred import ModelRed, APIError, Unauthorized, RateLimited

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("eligibility.redteam")

MODEL_ID = "benefits-eligibility-gpt4o"
PACKS = ["pii-leakage", "jailbreak-basic", "harmful-advice"]


def notify_program_office(webhook, text):
    import requests
    return requests.post(webhook, json={"text": text}, timeout=10)


def main() -> dict:
    key = os.environ["MODELRED_API_KEY"]
    webhook = os.environ.get("PROGRAM_OFFICE_WEBHOOK")
    log.info("starting red-team run for %s (key ends %s)", MODEL_ID, key[-4:])
    with ModelRed(key, timeout=30.0, max_retries=2) as client:
        try:
            a = client.create_assessment(model_id=MODEL_ID, probe_pack_ids=PACKS, priority="high")
        except Unauthorized as e:
            log.error("ModelRed rejected the key: %s", e)
            return {"ok": False, "error": "authentication failed"}
        except RateLimited as e:
            log.warning("rate limited, retry after %s", getattr(e, "retry_after", "?"))
            return {"ok": False, "error": "rate limited"}
        except APIError as e:
            return {"ok": False, "error": f"red-team run failed: {e}"}
    log.info("assessment %s queued (packs=%s)", a.get("id"), ",".join(PACKS))
    return {"ok": True, "id": a.get("id")}


if __name__ == "__main__":
    result = main()
    log.info("red-team run ok=%s", result["ok"])
    sys.exit(0 if result["ok"] else 1)
