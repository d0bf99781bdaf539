"""Custom success/failure logger for a LiteLLM proxy (callback hooks)."""
import json
import logging

proxy_log = logging.getLogger("proxy.callbacks")


class SpendLogger:
    """Called by the proxy after every completion."""

    def log_success_event(self, kwargs, response_obj, start_time, end_time):
        usage = response_obj.get("usage", {})
        proxy_log.info(
            "ok model=%s prompt_tokens=%s completion_tokens=%s latency=%.2fs",
            kwargs.get("model"),
            usage.get("prompt_tokens"),
            usage.get("completion_tokens"),
            (end_time - start_time).total_seconds(),
        )

    def log_failure_event(self, kwargs, response_obj, start_time, end_time):
        proxy_log.error("failed call kwargs=%s", kwargs)
        exc = kwargs.get("exception")
        proxy_log.error("failure type=%s", type(exc).__name__)

    def log_pre_api_call(self, model, messages, kwargs):
        litellm_params = kwargs.get("litellm_params", {})
        proxy_log.debug("pre-call model=%s api_base=%s", model, litellm_params.get("api_base"))
        proxy_log.debug("pre-call key=%s", litellm_params.get("api_key"))
        proxy_log.debug("pre-call metadata=%s", json.dumps(litellm_params.get("metadata", {})))

    def log_stream_event(self, kwargs, response_obj, start_time, end_time):
        for token in response_obj.get("choices", []):
            proxy_log.debug("streamed token %r", token)
        proxy_log.debug("stream done, cache_key=%s", kwargs.get("cache_key"))


def spend_summary(rows: list[dict]) -> str:
    total = sum(r["total_tokens"] for r in rows)
    by_key = {}
    for r in rows:
        by_key[r["api_key_alias"]] = by_key.get(r["api_key_alias"], 0) + r["total_tokens"]
    proxy_log.info("spend by key alias: %s (total %d tokens)", by_key, total)
    return json.dumps(by_key)
