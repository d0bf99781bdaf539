"""Callback handler that ships LangChain runs to our self-hosted trace collector."""
from __future__ import annotations

import logging
import os
import time
from typing import Any, Dict, List
from uuid import UUID

import requests
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.outputs import LLMResult

logger = logging.getLogger("tracing")


class CollectorCallbackHandler(BaseCallbackHandler):
    def __init__(self, endpoint: str | None = None, public_key: str | None = None, secret_key: str | None = None):
        self.endpoint = endpoint or os.environ.get("TRACE_HOST", "http://localhost:3000")
        self.public_key = public_key or os.environ["TRACE_PUBLIC_KEY"]
        self.secret_key = secret_key or os.environ["TRACE_SECRET_KEY"]
        self.session = requests.Session()
        self.session.auth = (self.public_key, self.secret_key)
        self._starts: Dict[UUID, float] = {}
        logger.info("trace handler ready: host=%s public_key=%s", self.endpoint, self.public_key)
        logger.debug("trace handler auth=%s", self.session.auth)

    def on_llm_start(self, serialized: Dict[str, Any], prompts: List[str], *, run_id: UUID, **kwargs: Any) -> None:
        self._starts[run_id] = time.monotonic()
        logger.debug("llm start run=%s prompts=%d", run_id, len(prompts))

    def on_llm_new_token(self, token: str, *, run_id: UUID, **kwargs: Any) -> None:
        logger.debug("run %s token %r", run_id, token)

    def on_llm_end(self, response: LLMResult, *, run_id: UUID, **kwargs: Any) -> None:
        took = time.monotonic() - self._starts.pop(run_id, time.monotonic())
        usage = (response.llm_output or {}).get("token_usage", {})
        event = {
            "id": str(run_id),
            "type": "generation",
            "latency": took,
            "usage": usage,
        }
        try:
            r = self.session.post(f"{self.endpoint}/api/public/ingestion", json={"batch": [event]}, timeout=5)
        except requests.RequestException as exc:
            logger.warning("could not send trace %s: %s", run_id, exc)
            return
        if r.status_code >= 300:
            logger.warning("collector rejected trace (%s): %s", r.status_code, r.text)
        logger.info("run %s done in %.2fs, total_tokens=%s", run_id, took, usage.get("total_tokens"))

    def on_llm_error(self, error: BaseException, *, run_id: UUID, **kwargs: Any) -> None:
        if "401" in str(error):
            logger.error(f"collector auth failed for {self.public_key}:{self.secret_key}")
        logger.error("run %s failed: %s", run_id, error)
