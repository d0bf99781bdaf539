"""Error reporting setup for the red-team runner (sentry)."""
import logging
import os

import sentry_sdk
from modelred import ModelRed, ModelRedError

log = logging.getLogger("runner")


def _before_send(event, hint):
    headers = event.get("request", {}).get("headers", {})
    if "Authorization" in headers:
        headers["Authorization"] = "[Filtered]"
    return event


sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), before_send=_before_send, traces_sample_rate=0.1)


def run(model_id: str, packs: list) -> str:
    api_key = os.environ["MODELRED_API_KEY"]
    sentry_sdk.set_tag("model_id", model_id)
    sentry_sdk.set_context("modelred", {"key_suffix": api_key[-4:], "packs": packs})
    try:
        with ModelRed(api_key) as client:
            return client.create_assessment(model_id=model_id, probe_pack_ids=packs)["id"]
    except ModelRedError as e:
        sentry_sdk.capture_exception(e)
        sentry_sdk.capture_message(f"assessment failed for {model_id} with key {api_key}")
        raise


def report_provider(provider: str) -> None:
    key = os.environ.get(f"{provider.upper()}_API_KEY")
    sentry_sdk.set_extra("provider", provider)
    sentry_sdk.set_extra("provider_key", key)
    log.info("provider %s configured: %s", provider, key is not None)
