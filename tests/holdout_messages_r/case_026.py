"""LlamaIndex CustomLLM for a self-hosted TGI endpoint behind an API gateway."""
import warnings
from typing import Any

import requests
from llama_index.core.llms import CompletionResponse, CompletionResponseGen, CustomLLM, LLMMetadata
from llama_index.core.llms.callbacks import llm_completion_callback


class TGIGatewayLLM(CustomLLM):
    endpoint: str = "https://tgi.gateway.internal/generate"
    api_token: str = ""
    model_name: str = "mistral-7b-instruct"
    context_window: int = 8192
    num_output: int = 512

    def model_post_init(self, __context: Any) -> None:
        if self.api_token and not self.api_token.startswith("hf_"):
            warnings.warn(f"api_token {self.api_token} is not a Hugging Face token; the gateway may reject it")
        if self.num_output > self.context_window // 2:
            warnings.warn(f"num_output={self.num_output} tokens is more than half the context window")

    @property
    def metadata(self) -> LLMMetadata:
        return LLMMetadata(context_window=self.context_window, num_output=self.num_output, model_name=self.model_name)

    def _post(self, prompt: str, stream: bool = False) -> requests.Response:
        return requests.post(
            self.endpoint + ("_stream" if stream else ""),
            headers={"Authorization": f"Bearer {self.api_token}"},
            json={"inputs": prompt, "parameters": {"max_new_tokens": self.num_output}},
            stream=stream,
            timeout=120,
        )

    @llm_completion_callback()
    def complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponse:
        r = self._post(prompt)
        if r.status_code == 401:
            raise PermissionError(f"gateway rejected token for {self.model_name} at {self.endpoint}")
        r.raise_for_status()
        return CompletionResponse(text=r.json()["generated_text"])

    @llm_completion_callback()
    def stream_complete(self, prompt: str, formatted: bool = False, **kwargs: Any) -> CompletionResponseGen:
        r = self._post(prompt, stream=True)
        text = ""
        for line in r.iter_lines():
            if not line.startswith(b"data:"):
                continue
            token = line[5:].decode().strip()
            text += token
            yield CompletionResponse(text=text, delta=token)
        if not text:
            warnings.warn(f"empty stream from {self.endpoint} (status {r.status_code})")
