"""Streaming printer and trace shipper for our LangChain chains."""
from __future__ import annotations

import logging
import os
import sys
import time
from typing import Any

import httpx
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.outputs import LLMResult

logger = logging.getLogger("chains.tracing")


class TraceShipper(BaseCallbackHandler):
    """Prints tokens as they stream and ships run timings to the trace collector."""

    def __init__(self, collector_url: str, ingest_key: str | None = None) -> None:
        self.collector_url = collector_url
        self.ingest_key = ingest_key or os.environ["TRACE_INGEST_KEY"]
        self._started: dict[str, float] = {}
        self._client = httpx.Client(timeout=5.0, headers={"X-Ingest-Key": self.ingest_key})

    def on_llm_start(self, serialized: dict[str, Any], prompts: list[str], *, run_id, **kwargs: Any) -> None:
        self._started[str(run_id)] = time.monotonic()
        logger.debug("llm start run=%s prompts=%d", run_id, len(prompts))

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        # `token` is a chunk of generated text here, not a credential.
        sys.stdout.write(token)
        sys.stdout.flush()

    def on_llm_end(self, response: LLMResult, *, run_id, **kwargs: Any) -> None:
        started = self._started.pop(str(run_id), None)
        usage = (response.llm_output or {}).get("token_usage", {})
        payload = {
            "run_id": str(run_id),
            "elapsed": time.monotonic() - started if started else None,
            "total_tokens": usage.get("total_tokens"),
        }
        try:
            r = self._client.post(self.collector_url, json=payload)
            r.raise_for_status()
        except httpx.HTTPStatusError as exc:
            logger.warning(
                "collector rejected trace (status %s) sent with key %s",
                exc.response.status_code,
                self.ingest_key,
            )
        except httpx.HTTPError as exc:
            logger.warning("collector unreachable at %s: %s", self.collector_url, exc)
        logger.info("token usage for %s: %s", run_id, usage)

    def on_llm_error(self, error: BaseException, *, run_id, **kwargs: Any) -> None:
        logger.error("llm run %s failed: %s", run_id, error)
