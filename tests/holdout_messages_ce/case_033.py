"""Gen-3 ModelRed: nightly sweep over every claims model, results to the ops channel."""
import logging
import os

import requests
from modelred import ModelRed, APIError, RateLimited, ServerError

sweep_log = logging.getLogger("claims.sweep")

OPS_WEBHOOK = os.environ["OPS_SLACK_WEBHOOK"]
MR_KEY = os.environ["MODELRED_API_KEY"]
PACKS = ["claims-pii", "claims-injection", "claims-bias"]
RETRYABLE = (RateLimited, ServerError)


def notify_ops(text: str) -> int:
    r = requests.post(OPS_WEBHOOK, json={"text": text}, timeout=10)
    return r.status_code


def sweep() -> dict:
    with ModelRed(MR_KEY, timeout=30.0, max_retries=5) as mr:
        models = mr.list_models()
        sweep_log.info("sweeping %d models with packs %s", len(models), PACKS)
        for m in models:
            try:
                job = mr.create_assessment(model_id=m["id"], probe_pack_ids=PACKS, priority="low")
            except RETRYABLE as exc:
                sweep_log.warning("transient failure on %s: %s", m["id"], exc)
                continue
            except APIError as exc:
                status = notify_ops(f"ModelRed sweep stopped on {m['id']} ({type(exc).__name__})")
                sweep_log.error("sweep failure on %s (slack %s)", m["id"], status)
                return {"ok": False, "model": m["id"], "reason": str(exc)}
            sweep_log.info("queued %s for %s", job["id"], m["id"])
    return {"ok": True}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sweep_log.info("webhook configured=%s", bool(OPS_WEBHOOK))
    sweep_log.info("ModelRed key %s...", MR_KEY[:4])
    print(sweep())
