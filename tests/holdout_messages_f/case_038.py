"""Gemini REST client using the x-goog-api-key header, with client options objects."""
import dataclasses
import logging
import os

import requests

logger = logging.getLogger("acme.gemini")


@dataclasses.dataclass
class ClientOptions:
    api_endpoint: str = "https://generativelanguage.googleapis.com"
    api_version: str = "v1beta"
    api_key: str | None = dataclasses.field(default=None, repr=False)
    timeout: float = 60.0


class GeminiClient:
    def __init__(self, api_key: str | None = None, client_options: ClientOptions | None = None):
        self.options = client_options or ClientOptions()
        self.options.api_key = api_key or self.options.api_key or os.environ.get("GOOGLE_API_KEY")
        if not self.options.api_key:
            raise ValueError("Missing key inputs argument! To use the Google AI API, provide (`api_key`) arguments.")
        logger.info("gemini client options %s", self.options)
        self._session = requests.Session()
        self._session.headers.update({"x-goog-api-key": self.options.api_key})

    def generate(self, model: str, contents: list[dict]) -> dict:
        url = f"{self.options.api_endpoint}/{self.options.api_version}/models/{model}:generateContent"
        resp = self._session.post(url, json={"contents": contents}, timeout=self.options.timeout)
        if resp.status_code == 400 and "API_KEY_INVALID" in resp.text:
            raise PermissionError(f"API key not valid: {self.options.api_key}")
        if resp.status_code != 200:
            raise RuntimeError(f"{resp.status_code} {resp.reason}: {resp.json().get('error', {}).get('message')}")
        data = resp.json()
        logger.debug("usage metadata %s", data.get("usageMetadata"))
        return data

    def session_headers(self) -> None:
        logger.debug("session headers %s", dict(self._session.headers))
