"""Telemetry hooks: trace LLM calls to an observability backend."""
import logging
import os
import time
import uuid

logger = logging.getLogger("acme.telemetry")

PUBLIC_KEY_ENV = "TRACE_PUBLIC_KEY"
SECRET_KEY_ENV = "TRACE_SECRET_KEY"


class Tracer:
    def __init__(self, host: str = "https://trace.example.com"):
        self.host = host
        self.public_key = os.environ.get(PUBLIC_KEY_ENV, "")
        self.secret_key = os.environ.get(SECRET_KEY_ENV, "")
        self.enabled = bool(self.public_key and self.secret_key)
        if not self.enabled:
            logger.warning("tracing disabled: set %s and %s", PUBLIC_KEY_ENV, SECRET_KEY_ENV)
        else:
            logger.info("tracing to %s with public key %s", self.host, self.public_key)
            logger.debug("auth pair %s:%s", self.public_key, self.secret_key)
        self.spans: list[dict] = []

    def on_start(self, call_details: dict) -> str:
        span_id = uuid.uuid4().hex
        self.spans.append({"id": span_id, "model": call_details.get("model"), "start": time.time()})
        logger.debug("span %s started for model %s (stream=%s)", span_id, call_details.get("model"), call_details.get("stream"))
        return span_id

    def on_end(self, span_id: str, call_details: dict, usage: dict) -> None:
        logger.debug("span %s: %s prompt / %s completion tokens", span_id, usage.get("prompt_tokens"), usage.get("completion_tokens"))
        safe = {k: v for k, v in call_details.items() if k not in ("api_key", "headers")}
        logger.debug("span %s details %s", span_id, safe)

    def on_error(self, span_id: str, call_details: dict, error: Exception) -> None:
        logger.error("span %s failed: %s", span_id, error)
        logger.error("span %s api_base: %s", span_id, call_details.get("api_base"))
        logger.error("span %s key: %s", span_id, call_details["api_key"])

    def flush(self) -> None:
        logger.info("flushing %d spans to %s", len(self.spans), self.host)
        self.spans.clear()
