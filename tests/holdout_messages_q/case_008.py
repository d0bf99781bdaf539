"""Run-tracking client: environment resolution and the shared session."""
from __future__ import annotations

import functools
import logging
import os
import warnings
from typing import Dict, Optional

import requests

_LOGGER = logging.getLogger(__name__)

_ENDPOINT_VARS = ("RUNLOG_ENDPOINT", "RUNLOG_API_URL")
_KEY_VARS = ("RUNLOG_API_KEY", "RUNLOG_TOKEN")


def _get_env(names: tuple, default: Optional[str] = None) -> Optional[str]:
    for name in names:
        value = os.getenv(name)
        if value:
            return value.strip()
    return default


def get_api_url(api_url: Optional[str]) -> str:
    url = api_url or _get_env(_ENDPOINT_VARS, "https://api.runlog.io")
    if not url.startswith("http"):
        raise ValueError(f"Runlog API URL must start with http(s): {url!r}")
    return url.rstrip("/")


def get_api_key(api_key: Optional[str]) -> Optional[str]:
    key = api_key if api_key is not None else _get_env(_KEY_VARS)
    if key and not key.startswith("rl_"):
        warnings.warn(f"Runlog API key {key} does not look like a Runlog key (expected rl_ prefix)")
    if key is None:
        _LOGGER.info("no API key found in %s; running in offline mode", ", ".join(_KEY_VARS))
    return key


class Client:
    def __init__(self, api_url: Optional[str] = None, api_key: Optional[str] = None, timeout_ms: int = 10_000) -> None:
        self.api_url = get_api_url(api_url)
        self.api_key = get_api_key(api_key)
        self.timeout_ms = timeout_ms
        self.session = requests.Session()

    @functools.cached_property
    def _headers(self) -> Dict[str, str]:
        headers = {"User-Agent": "runlog-py/0.4"}
        if self.api_key:
            headers["x-api-key"] = self.api_key
        return headers

    def create_run(self, name: str, inputs: dict, run_type: str = "llm") -> dict:
        _LOGGER.debug("POST %s/runs headers=%s", self.api_url, self._headers)
        resp = self.session.post(f"{self.api_url}/runs", json={"name": name, "inputs": inputs, "run_type": run_type}, headers=self._headers, timeout=self.timeout_ms / 1000)
        if not resp.ok:
            _LOGGER.warning("create_run failed: %s %s", resp.status_code, resp.text[:200])
        return resp.json()

    def __repr__(self) -> str:
        return f"Client(api_url={self.api_url!r}, api_key={'set' if self.api_key else 'unset'})"
