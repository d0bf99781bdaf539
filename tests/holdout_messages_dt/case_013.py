"""Concrete chat providers behind one abstract base; run as a script to check keys."""
import os
from abc import ABC, abstractmethod

import httpx


class ChatProvider(ABC):
    name: str = "abstract"
    key_env: str = ""
    base_url: str = ""
    min_key_len = 20

    def __init__(self) -> None:
        self.api_key = os.environ.get(self.key_env, "")

    def validate(self) -> None:
        if len(self.api_key) < self.min_key_len:
            raise ValueError("%s key %s is too short (%d chars)" % (self.name, self.api_key, len(self.api_key)))

    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}"}

    @abstractmethod
    def ping(self) -> int: ...


class GroqProvider(ChatProvider):
    name, key_env, base_url = "groq", "GROQ_API_KEY", "https://api.groq.com/openai/v1"

    def ping(self) -> int:
        return httpx.get(f"{self.base_url}/models", headers=self.headers(), timeout=10).status_code


class MistralProvider(ChatProvider):
    name, key_env, base_url = "mistral", "MISTRAL_API_KEY", "https://api.mistral.ai/v1"

    def ping(self) -> int:
        return httpx.get(f"{self.base_url}/models", headers=self.headers(), timeout=10).status_code


class TogetherProvider(ChatProvider):
    name, key_env, base_url = "together", "TOGETHER_API_KEY", "https://api.together.xyz/v1"
    min_key_len = 40

    def ping(self) -> int:
        return httpx.get(f"{self.base_url}/models", headers=self.headers(), timeout=10).status_code


PROVIDERS = [cls() for cls in ChatProvider.__subclasses__()]

for p in PROVIDERS:
    print(f"{p.name}: key from ${p.key_env}, {len(p.api_key)} chars")
    if not p.api_key:
        continue
    if os.environ.get("SHOW_KEYS") == "1":
        print(f"{p.name}: key={p.api_key}")
    try:
        p.validate()
    except ValueError:
        print(f"{p.name}: invalid key, skipping")
        continue
    print(f"{p.name}: GET /models -> {p.ping()}")
