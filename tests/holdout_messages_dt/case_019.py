"""OpenRouter chat helpers; the key lives in the project's .env file."""
from __future__ import annotations

import logging

import httpx
from dotenv import dotenv_values

log = logging.getLogger("openrouter")

ENV_FILE = ".env"
KEY_NAME = "OPENROUTER_API_KEY"


def load_key(path: str = ENV_FILE) -> str:
    values = dotenv_values(path)
    key = values.get(KEY_NAME) or ""
    if not key:
        raise RuntimeError(f"{KEY_NAME} missing from {path} (found: {sorted(values)})")
    return key


def build_headers(key: str) -> dict[str, str]:
    return {
        "Authorization": "Bearer " + key,
        "HTTP-Referer": "https://docs-bot.example.org",
        "X-Title": "docs-bot",
    }


class OpenRouterChat:
    endpoint = "https://openrouter.ai/api/v1/chat/completions"

    def __init__(self, model: str = "meta-llama/llama-3.1-8b-instruct") -> None:
        self.key = load_key()
        self.model = model

    def ask(self, question: str) -> str:
        headers = build_headers(self.key)
        log.debug("header names=%s", list(headers))
        log.debug("request headers=%s", build_headers(self.key))
        r = httpx.post(self.endpoint, headers=headers, timeout=60,
                       json={"model": self.model, "messages": [{"role": "user", "content": question}]})
        if r.status_code == 401:
            log.error("OpenRouter refused key starting %s (status %d)", self.key[:4], r.status_code)
            log.error("key used was {}".format(self.key))
            r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]


if __name__ == "__main__":
    chat = OpenRouterChat()
    print(chat.ask("What does a context manager do?"))
