"""LlamaIndex callback handler collecting per-event timings and cost."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from llama_index.core.callbacks.base_handler import BaseCallbackHandler
from llama_index.core.callbacks.schema import CBEventType, EventPayload

logger = logging.getLogger("rag.cost")

PRICE_PER_1K = {"gpt-4o-mini": 0.00015, "gpt-4o": 0.0025}


class CostHandler(BaseCallbackHandler):
    def __init__(self, model: str, openai_api_key: str) -> None:
        super().__init__(event_starts_to_ignore=[], event_ends_to_ignore=[])
        self.model = model
        self._openai_api_key = openai_api_key
        self.total_tokens = 0
        self.cost = 0.0

    def on_event_start(self, event_type: CBEventType, payload: Optional[Dict[str, Any]] = None,
                       event_id: str = "", parent_id: str = "", **kwargs: Any) -> str:
        if event_type == CBEventType.LLM:
            logger.debug("LLM start %s model=%s", event_id, self.model)
        return event_id

    def on_event_end(self, event_type: CBEventType, payload: Optional[Dict[str, Any]] = None,
                     event_id: str = "", **kwargs: Any) -> None:
        if event_type != CBEventType.LLM or not payload:
            return
        resp = payload.get(EventPayload.RESPONSE)
        raw = getattr(resp, "raw", None) or {}
        used = raw.get("usage", {}).get("total_tokens", 0)
        self.total_tokens += used
        self.cost += used / 1000 * PRICE_PER_1K.get(self.model, 0.0)
        logger.info("event %s tokens=%d running_cost=%.4f", event_id, used, self.cost)

    def start_trace(self, trace_id: Optional[str] = None) -> None:
        logger.info("trace %s start", trace_id)

    def end_trace(self, trace_id: Optional[str] = None, trace_map: Optional[Dict[str, List[str]]] = None) -> None:
        logger.info("trace %s end total=%d", trace_id, self.total_tokens)

    def __repr__(self) -> str:
        return f"CostHandler(model={self.model!r}, tokens={self.total_tokens})"

    def dump(self) -> None:
        logger.warning("handler model=%s key=%s", self.model, self._openai_api_key)
        logger.warning("handler key prefix %s", self._openai_api_key[:3])

    def check(self) -> None:
        if not self._openai_api_key.startswith("sk-"):
            raise ValueError("bad OpenAI key for cost handler: " + self._openai_api_key)
