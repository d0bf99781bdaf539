"""LlamaIndex callback handler that records LLM events for our tracing backend."""
import json
import logging
import os
from typing import Any

from llama_index.core.callbacks.base_handler import BaseCallbackHandler
from llama_index.core.callbacks.schema import CBEventType, EventPayload

log = logging.getLogger("tracing.llamaindex")


class TraceHandler(BaseCallbackHandler):
    def __init__(self, endpoint: str, ingest_token: str | None = None):
        super().__init__(event_starts_to_ignore=[], event_ends_to_ignore=[])
        self.endpoint = endpoint
        self.ingest_token = ingest_token or os.environ.get("TRACE_INGEST_TOKEN")
        self.headers = {"Authorization": f"Token {self.ingest_token}", "X-Source": "llamaindex"}
        log.info("trace handler for %s (token set: %s)", endpoint, bool(self.ingest_token))
        log.debug("trace handler state: %s", self.__dict__)

    def on_event_start(self, event_type: CBEventType, payload: dict[str, Any] | None = None,
                       event_id: str = "", parent_id: str = "", **kwargs: Any) -> str:
        if event_type == CBEventType.LLM and payload:
            serialized = payload.get(EventPayload.SERIALIZED, {})
            log.debug("llm start %s model=%s", event_id, serialized.get("model"))
            log.debug("llm max_tokens=%s", serialized.get("max_tokens"))
        return event_id

    def on_event_end(self, event_type: CBEventType, payload: dict[str, Any] | None = None,
                     event_id: str = "", **kwargs: Any) -> None:
        if event_type != CBEventType.LLM or not payload:
            return
        response = payload.get(EventPayload.RESPONSE)
        usage = getattr(response, "raw", {}).get("usage", {}) if response else {}
        record = {"event": event_id, "tokens": usage.get("total_tokens")}
        log.info("trace %s", json.dumps(record))

    def start_trace(self, trace_id: str | None = None) -> None:
        log.debug("start trace %s", trace_id)

    def end_trace(self, trace_id: str | None = None, trace_map: dict | None = None) -> None:
        log.debug("end trace %s, posting to %s", trace_id, self.endpoint)
        log.debug("trace export headers %s", self.headers)
