"""requests.Session subclass with auth and optional wire logging."""
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

wire = logging.getLogger("llm.wire")


class ProviderSession(requests.Session):
    def __init__(self, base_url, api_key, *, verbose=False):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.verbose = verbose
        self.headers.update({"Authorization": f"Bearer {api_key}", "User-Agent": "acme-llm/2.3"})
        retry = Retry(total=4, backoff_factor=0.4, status_forcelist=(429, 502, 503))
        self.mount("https://", HTTPAdapter(max_retries=retry))

    def request(self, method, url, *args, **kwargs):
        full = url if url.startswith("http") else f"{self.base_url}/{url.lstrip('/')}"
        if self.verbose:
            wire.debug("%s %s", method, full)
            wire.debug("session headers %s", self.headers)
            wire.debug("json body keys %s", list((kwargs.get("json") or {}).keys()))
        resp = super().request(method, full, *args, **kwargs)
        if self.verbose:
            wire.debug("response %s %s", resp.status_code, resp.headers.get("x-request-id"))
        return resp


def from_env(provider="openai"):
    env = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "xai": "XAI_API_KEY"}[provider]
    key = os.environ.get(env)
    if key is None:
        raise KeyError(f"set {env} to use provider {provider}")
    base = {"openai": "https://api.openai.com/v1", "anthropic": "https://api.anthropic.com/v1",
            "xai": "https://api.x.ai/v1"}[provider]
    session = ProviderSession(base, key, verbose=bool(os.environ.get("LLM_WIRE_DEBUG")))
    wire.info("session for %s at %s", provider, base)
    return session


def probe(provider="openai"):
    s = from_env(provider)
    resp = s.get("models")
    if resp.status_code == 401:
        raise PermissionError(f"{provider} rejected the key: {resp.text}")
    print("models:", [m["id"] for m in resp.json().get("data", [])][:5])
