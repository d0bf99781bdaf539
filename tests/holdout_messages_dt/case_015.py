import logging
from typing import Any

import requests

log = logging.getLogger("mistral.client")


class BaseHTTPClient:
    def __init__(self, base_url: str, headers: dict[str, str] | None = None, timeout: float = 30) -> None:
        self.base_url = base_url.rstrip("/")
        self.headers = dict(headers or {})
        self.timeout = timeout
        self.session = requests.Session()

    def _debug(self) -> None:
        log.debug("client for %s, timeout %s", self.base_url, self.timeout)
        log.debug("default headers: %s", self.headers)

    def post(self, path: str, payload: dict[str, Any]) -> requests.Response:
        self._debug()
        return self.session.post(self.base_url + path, json=payload, headers=self.headers, timeout=self.timeout)


class AuthedClient(BaseHTTPClient):
    def __init__(self, base_url: str, token: str, **kw) -> None:
        self.token = token
        super().__init__(base_url, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"}, **kw)


class MistralClient(AuthedClient):
    URL = "https://api.mistral.ai/v1"

    def __init__(self, api_key: str, model: str = "mistral-small-latest") -> None:
        super().__init__(self.URL, token=api_key, timeout=45)
        self.model = model

    def chat(self, text: str, max_tokens: int = 400) -> str:
        resp = self.post("/chat/completions", {"model": self.model, "max_tokens": max_tokens,
                                               "messages": [{"role": "user", "content": text}]})
        if resp.status_code == 401:
            raise RuntimeError(f"Mistral rejected token {self.token} for model {self.model}")
        if resp.status_code >= 400:
            raise RuntimeError(f"Mistral error {resp.status_code}: {resp.text}")
        usage = resp.json()["usage"]
        log.info("mistral %s: prompt_tokens=%s completion_tokens=%s", self.model, usage["prompt_tokens"], usage["completion_tokens"])
        return resp.json()["choices"][0]["message"]["content"]


if __name__ == "__main__":
    import os

    logging.basicConfig(level=logging.DEBUG)
    client = MistralClient(os.environ["MISTRAL_API_KEY"])
    log.debug("header names: %s", list(client.headers))
    print(client.chat("Bonjour !"))
