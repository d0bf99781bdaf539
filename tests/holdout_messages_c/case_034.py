"""OpenAI-compatible adapter: error translation with chained exceptions."""
import os

import httpx


class ProviderError(Exception):
    pass


class ConfigError(Exception):
    pass


class KeyRejected(ProviderError):
    def __init__(self, api_key: str, status: int):
        super().__init__(f"API key {api_key} was rejected with HTTP {status}")
        self.status = status


class OpenAICompatible:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        try:
            self.base_url = base_url or os.environ["OPENAI_BASE_URL"]
            self.api_key = api_key or os.environ["OPENAI_API_KEY"]
        except KeyError as e:
            raise ConfigError(f"missing setting {e}") from None
        self._http = httpx.Client(base_url=self.base_url, headers={"Authorization": f"Bearer {self.api_key}"})

    def complete(self, **payload) -> dict:
        try:
            r = self._http.post("/chat/completions", json=payload)
            r.raise_for_status()
        except httpx.HTTPStatusError as e:
            raise ProviderError(f"provider error {e.response.status_code} at {self.base_url}") from e
        except httpx.TransportError as e:
            raise ProviderError(f"request to {self.base_url} with key {self.api_key} failed") from e
        return r.json()

    def models(self) -> list[str]:
        r = self._http.get("/models")
        if r.status_code == 401:
            raise ProviderError("key rejected", self.api_key)
        return [m["id"] for m in r.json()["data"]]
