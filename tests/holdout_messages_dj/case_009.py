"""Minimal provider-agnostic HTTP client with pluggable auth."""
from __future__ import annotations

import abc
import logging
from typing import Mapping

import httpx

logger = logging.getLogger("tinyllm.http")


class Auth(abc.ABC):
    @abc.abstractmethod
    def headers(self) -> Mapping[str, str]: ...


class BearerAuth(Auth):
    def __init__(self, token: str) -> None:
        self.token = token

    def headers(self):
        return {"Authorization": f"Bearer {self.token}"}

    def __repr__(self) -> str:
        return f"BearerAuth(token=***{self.token[-4:]})"


class AnthropicAuth(Auth):
    VERSION = "2023-06-01"

    def __init__(self, api_key: str) -> None:
        self.api_key = api_key

    def headers(self):
        return {"x-api-key": self.api_key, "anthropic-version": self.VERSION}


class Client:
    def __init__(self, base_url: str, auth: Auth, timeout: float = 30.0) -> None:
        self.base_url = base_url
        self.auth = auth
        self._http = httpx.Client(base_url=base_url, timeout=timeout)
        logger.debug("client for %s with %r", base_url, auth)

    def post(self, path: str, payload: dict) -> dict:
        hdrs = dict(self.auth.headers())
        logger.debug("POST %s auth=%s", path, hdrs.get("x-api-key") or hdrs.get("Authorization"))
        logger.debug("POST %s header names=%s", path, list(hdrs))
        r = self._http.post(path, json=payload, headers=hdrs)
        if r.is_error:
            logger.warning("POST %s -> %s %s", path, r.status_code, r.text[:200])
            r.raise_for_status()
        data = r.json()
        logger.debug("usage: in=%s out=%s", data.get("usage", {}).get("input_tokens"), data.get("usage", {}).get("output_tokens"))
        return data


def anthropic_client(api_key: str) -> Client:
    if len(api_key) < 20:
        logger.error("anthropic key too short: %d chars", len(api_key))
    return Client("https://api.anthropic.com", AnthropicAuth(api_key))
