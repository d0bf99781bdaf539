"""A Hugging Face Inference client with cached_property headers."""
from __future__ import annotations

import logging
import os
from functools import cached_property, singledispatch

import requests

log = logging.getLogger("hf")


@singledispatch
def redact(value: object) -> object:
    return value


@redact.register
def _(value: str) -> str:
    return value[:3] + "…" if value else value


@redact.register
def _(value: dict) -> dict:
    return {k: ("***" if k.lower() in {"authorization", "api_key", "token"} else v) for k, v in value.items()}


class InferenceClient:
    def __init__(self, model: str, token: str | None = None, max_new_tokens: int = 200) -> None:
        self.model = model
        self.token = token or os.environ["HF_TOKEN"]
        self.max_new_tokens = max_new_tokens

    @cached_property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json"}

    def generate(self, prompt: str) -> str:
        url = f"https://api-inference.huggingface.co/models/{self.model}"
        log.debug("POST %s headers=%s", url, redact(self.headers))
        r = requests.post(url, headers=self.headers, json={"inputs": prompt, "parameters": {"max_new_tokens": self.max_new_tokens}}, timeout=60)
        if r.status_code == 401:
            log.error("HF refused request; headers were %s", self.headers)
            raise PermissionError(f"Hugging Face returned {r.status_code}: {r.text[:120]}")
        r.raise_for_status()
        return r.json()[0]["generated_text"]

    def __str__(self) -> str:
        return f"InferenceClient({self.model}, max_new_tokens={self.max_new_tokens})"


if __name__ == "__main__":
    c = InferenceClient("mistralai/Mistral-7B-Instruct-v0.3")
    log.info("client %s", c)
    print(c.generate("Write a haiku about type hints."))
