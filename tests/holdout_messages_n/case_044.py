"""LlamaIndex CustomLLM over an internal OpenAI-compatible endpoint."""
import logging
import os
from typing import Any

import requests
from llama_index.core.llms import CompletionResponse, CustomLLM, LLMMetadata
from llama_index.core.llms.callbacks import llm_completion_callback

logger = logging.getLogger(__name__)


class InternalLLM(CustomLLM):
    base_url: str = os.environ.get("INTERNAL_LLM_URL", "http://llm.internal:8000/v1")
    model: str = "qwen2.5-32b-instruct"
    api_token: str = os.environ.get("INTERNAL_LLM_TOKEN", "")
    context_window: int = 32768
    num_output: int = 512

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(context_window=self.context_window, num_output=self.num_output, model_name=self.model)

    def _post(self, prompt: str) -> dict:
        r = requests.post(f"{self.base_url}/completions", timeout=120,
                          headers={"Authorization": f"Bearer {self.api_token}"},
                          json={"model": self.model, "prompt": prompt, "max_tokens": self.num_output})
        if r.status_code == 403:
            logger.error("internal LLM refused token %s for %s", self.api_token, self.model)
        r.raise_for_status()
        return r.json()

    @llm_completion_callback()
    def complete(self, prompt: str, **kwargs: Any) -> CompletionResponse:
        data = self._post(prompt)
        usage = data.get("usage", {})
        logger.debug("completion: %s prompt / %s completion tokens", usage.get("prompt_tokens"), usage.get("completion_tokens"))
        return CompletionResponse(text=data["choices"][0]["text"], raw=data)

    @llm_completion_callback()
    def stream_complete(self, prompt: str, **kwargs: Any):
        resp = self.complete(prompt, **kwargs)
        for token in resp.text.split():
            logger.debug("token %s", token)
            yield CompletionResponse(text=token, delta=token)


if __name__ == "__main__":
    llm = InternalLLM()
    print(llm.metadata)
    print(llm.base_url, llm.model, bool(llm.api_token))
