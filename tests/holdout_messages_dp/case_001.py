"""Sentry setup for the assessment worker, with a before_send scrubber."""
import logging
import os

import sentry_sdk
from modelred import ModelRed, ModelRedError, Unauthorized

logger = logging.getLogger("assess.worker")

SCRUB_KEYS = {"api_key", "authorization", "x-api-key"}


def before_send(event, hint):
    request = event.get("request") or {}
    headers = request.get("headers") or {}
    for name in list(headers):
        if name.lower() in SCRUB_KEYS:
            headers[name] = "[Filtered]"
    extra = event.get("extra") or {}
    for name in list(extra):
        if name.lower() in SCRUB_KEYS:
            extra[name] = "[Filtered]"
    return event


def init_sentry():
    sentry_sdk.init(
        dsn=os.environ.get("SENTRY_DSN"),
        traces_sample_rate=0.1,
        before_send=before_send,
    )
    logger.info("sentry ready, env=%s", os.environ.get("APP_ENV", "dev"))


def run_pack(model_id: str, pack_id: str) -> dict:
    api_key = os.environ["MODELRED_API_KEY"]
    logger.debug("assessing %s with key %s", model_id, api_key)
    sentry_sdk.set_context("assessment", {"model": model_id, "pack": pack_id, "key_tail": api_key[-4:]})
    try:
        with ModelRed(api_key, timeout=30.0) as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=[pack_id])
            return {"ok": True, "id": run["id"]}
    except Unauthorized as exc:
        sentry_sdk.capture_exception(exc)
        logger.warning("modelred rejected the key: %s", type(exc).__name__)
        return {"ok": False, "error": "authentication failed"}
    except ModelRedError as exc:
        sentry_sdk.capture_exception(exc)
        return {"ok": False, "error": str(exc)}


if __name__ == "__main__":
    init_sentry()
    print(run_pack("gpt-4o-mini", "baseline"))
