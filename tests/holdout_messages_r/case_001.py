"""LangChain wrapper for our internal inference gateway (gw.llm.internal)."""
import logging
import os
from typing import Any, List, Optional

import requests
from langchain_core.callbacks.manager import CallbackManagerForLLMRun
from langchain_core.language_models.llms import LLM

logger = logging.getLogger(__name__)


class GatewayLLM(LLM):
    """Thin LLM class so chains can use the gateway like any other model."""

    base_url: str = "https://gw.llm.internal/v1"
    model_name: str = "llama-3-70b-instruct"
    api_key: Optional[str] = None
    max_tokens: int = 512
    temperature: float = 0.2

    @property
    def _llm_type(self) -> str:
        return "gateway"

    def _key(self) -> str:
        key = self.api_key or os.getenv("GATEWAY_API_KEY")
        if not key:
            raise ValueError(f"No gateway key configured (api_key={key!r}); set GATEWAY_API_KEY")
        return key

    def _call(
        self,
        prompt: str,
        stop: Optional[List[str]] = None,
        run_manager: Optional[CallbackManagerForLLMRun] = None,
        **kwargs: Any,
    ) -> str:
        key = self._key()
        logger.debug("gateway call model=%s max_tokens=%s key=%s", self.model_name, self.max_tokens, key)
        payload = {
            "model": self.model_name,
            "prompt": prompt,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "stop": stop,
        }
        resp = requests.post(
            f"{self.base_url}/completions",
            json=payload,
            headers={"Authorization": f"Bearer {key}"},
            timeout=60,
        )
        if resp.status_code != 200:
            raise RuntimeError(f"gateway returned {resp.status_code}: {resp.text[:300]}")
        data = resp.json()
        usage = data.get("usage", {})
        logger.info("gateway ok: %s prompt_tokens=%s completion_tokens=%s", self.base_url, usage.get("prompt_tokens"), usage.get("completion_tokens"))
        return data["choices"][0]["text"]

    @property
    def _identifying_params(self) -> dict:
        return {"model_name": self.model_name, "base_url": self.base_url}
