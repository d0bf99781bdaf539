"""Callback handler that ships LLM events to a tracing backend (LangChain-style)."""
import logging
import os
from typing import Any
from uuid import UUID

import requests

logger = logging.getLogger("acme.callbacks")


class TraceCallbackHandler:
    def __init__(self, endpoint: str | None = None, api_key: str | None = None):
        self.endpoint = endpoint or os.environ.get("TRACE_ENDPOINT", "https://trace.example.com/api")
        self.api_key = api_key or os.environ.get("TRACE_API_KEY")
        self.run_names: dict[UUID, str] = {}

    def on_llm_start(self, serialized: dict[str, Any], prompts: list[str], *, run_id: UUID, **kwargs: Any) -> None:
        name = serialized.get("name", "llm")
        self.run_names[run_id] = name
        logger.debug("llm start %s run=%s prompts=%d", name, run_id, len(prompts))

    def on_llm_new_token(self, token: str, *, run_id: UUID, **kwargs: Any) -> None:
        logger.debug("run %s new token %r", run_id, token)

    def on_llm_end(self, response: Any, *, run_id: UUID, **kwargs: Any) -> None:
        usage = (getattr(response, "llm_output", None) or {}).get("token_usage", {})
        logger.debug("run %s finished, token_usage=%s", run_id, usage)
        self._send({"run_id": str(run_id), "name": self.run_names.pop(run_id, "llm"), "usage": usage})

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        logger.error("run %s failed: %s", run_id, error)

    def _send(self, event: dict) -> None:
        try:
            resp = requests.post(self.endpoint, json=event, headers={"Authorization": f"Bearer {self.api_key}"}, timeout=5)
        except requests.RequestException as exc:
            logger.warning("trace upload failed: %s", exc)
            return
        if resp.status_code == 401:
            logger.error(
                "trace backend %s rejected api key %s",
                self.endpoint,
                self.api_key,
            )
        elif resp.status_code >= 400:
            logger.error("trace backend answered %s: %s", resp.status_code, resp.text[:200])
