"""LangChain custom LLM that routes prompts through ModelRed's guard endpoint."""
from __future__ import annotations

import logging
import os
from typing import Any, Optional

import httpx
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.llms import LLM
from pydantic import Field

logger = logging.getLogger(__name__)


class GuardedLLM(LLM):
    endpoint: str = "https://guard.modelred.ai/v1/complete"
    modelred_api_key: str = Field(default_factory=lambda: os.environ.get("MODELRED_API_KEY", ""))
    upstream_model: str = "gpt-4o-mini"
    max_tokens: int = 512

    @property
    def _llm_type(self) -> str:
        return "guarded"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"upstream_model": self.upstream_model, "max_tokens": self.max_tokens}

    def _call(self, prompt: str, stop: Optional[list[str]] = None,
              run_manager: Optional[CallbackManagerForLLMRun] = None, **kwargs: Any) -> str:
        if not self.modelred_api_key.startswith("mr_"):
            raise ValueError(f"GuardedLLM needs a mr_ key, got {self.modelred_api_key!r}")
        logger.debug("calling %s with %s", self._llm_type, self._identifying_params)
        resp = httpx.post(
            self.endpoint,
            headers={"x-api-key": self.modelred_api_key},
            json={"prompt": prompt, "model": self.upstream_model, "max_tokens": self.max_tokens, "stop": stop},
            timeout=60,
        )
        if resp.status_code >= 400:
            logger.error("guard returned %s: %s", resp.status_code, resp.text)
            logger.error("key in use: %s", self.modelred_api_key)
            resp.raise_for_status()
        out = resp.json()
        logger.info("tokens used %d", out["usage"]["total_tokens"])
        return out["text"]
