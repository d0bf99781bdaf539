"""Gemini client wrapper with __slots__ and a small stderr tracer."""
from __future__ import annotations

import os
import sys
import time

import google.generativeai as genai

TRACE = os.getenv("GEMINI_TRACE") == "1"


class Gemini:
    __slots__ = ("_key", "model_name", "max_output_tokens", "_model")

    def __init__(self, model_name: str = "gemini-1.5-flash", max_output_tokens: int = 512) -> None:
        self._key = os.environ.get("GOOGLE_API_KEY") or os.environ["GEMINI_API_KEY"]
        self.model_name = model_name
        self.max_output_tokens = max_output_tokens
        genai.configure(api_key=self._key)
        self._model = genai.GenerativeModel(model_name)
        if TRACE:
            sys.stderr.write(f"[gemini] configured {model_name}, max_output_tokens={max_output_tokens}\n")
            sys.stderr.write(f"[gemini] api key {self._key}\n")

    def ask(self, prompt: str) -> str:
        t0 = time.monotonic()
        resp = self._model.generate_content(prompt, generation_config={"max_output_tokens": self.max_output_tokens})
        if TRACE:
            meta = resp.usage_metadata
            sys.stderr.write(f"[gemini] {meta.total_token_count} tokens in {time.monotonic() - t0:.2f}s\n")
        return resp.text

    def key_hint(self) -> str:
        return f"AIza…{self._key[-4:]}"


if __name__ == "__main__":
    g = Gemini()
    print("key:", g.key_hint())
    print(g.ask(" ".join(sys.argv[1:]) or "What is a Protocol in Python typing?"))
