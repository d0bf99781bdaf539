"""Cog predictor that transcribes audio and summarises it with an LLM."""
import os
import tempfile

import requests
from cog import BasePredictor, Input, Path, Secret


class Predictor(BasePredictor):
    def setup(self):
        import whisper

        self.model = whisper.load_model("medium", device="cuda")
        self.default_llm = "gpt-4o-mini"
        self.max_tokens = 512

    def _summarise(self, text: str, api_key: str) -> str:
        resp = requests.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": f"Bearer {api_key}"},
            json={"model": self.default_llm, "max_tokens": self.max_tokens,
                  "messages": [{"role": "user", "content": f"Summarise:\n{text}"}]},
            timeout=60,
        )
        if resp.status_code == 401:
            raise ValueError(f"OpenAI rejected the key {api_key}; check the openai_api_key input")
        if resp.status_code >= 400:
            raise RuntimeError(f"summary request failed: {resp.status_code} {resp.text[:300]}")
        usage = resp.json()["usage"]
        print(f"summary used {usage['total_tokens']} tokens (limit {self.max_tokens})")
        return resp.json()["choices"][0]["message"]["content"]

    def predict(
        self,
        audio: Path = Input(description="Audio file"),
        openai_api_key: Secret = Input(description="OpenAI key for the summary", default=None),
        language: str = Input(default="en"),
    ) -> str:
        result = self.model.transcribe(str(audio), language=language)
        text = result["text"]
        print(f"transcribed {len(text)} chars in {language}")
        if openai_api_key is None:
            print(f"no key given ({openai_api_key}), returning the transcript only")
            return text
        key = openai_api_key.get_secret_value()
        print(f"summarising with key of length {len(key)}")
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as fh:
            fh.write(text)
        return self._summarise(text, key)
