"""Client core: header composition and request option building."""
from __future__ import annotations

import logging
import os
import platform
from typing import Any, Dict, Mapping, Optional, TypedDict

log: logging.Logger = logging.getLogger("claudia._base_client")


class FinalRequestOptions(TypedDict, total=False):
    method: str
    url: str
    headers: Dict[str, str]
    json_data: Dict[str, Any]
    max_retries: int
    timeout: float


class SyncAPIClient:
    version = "0.9.2"

    def __init__(self, api_key: Optional[str] = None, auth_token: Optional[str] = None, base_url: str = "https://api.claudia.ai", custom_headers: Optional[Mapping[str, str]] = None) -> None:
        self.api_key = api_key if api_key is not None else os.environ.get("CLAUDIA_API_KEY")
        self.auth_token = auth_token if auth_token is not None else os.environ.get("CLAUDIA_AUTH_TOKEN")
        self.base_url = base_url
        self._custom_headers = dict(custom_headers or {})

    @property
    def auth_headers(self) -> Dict[str, str]:
        if self.api_key is not None:
            return {"X-Api-Key": self.api_key}
        if self.auth_token is not None:
            return {"Authorization": f"Bearer {self.auth_token}"}
        return {}

    @property
    def platform_headers(self) -> Dict[str, str]:
        return {"X-Stainless-OS": platform.system(), "X-Stainless-Runtime-Version": platform.python_version()}

    @property
    def default_headers(self) -> Dict[str, str]:
        return {"Accept": "application/json", "User-Agent": f"claudia-python/{self.version}", **self.platform_headers, **self.auth_headers, **self._custom_headers}

    def _validate_headers(self, headers: Mapping[str, str]) -> None:
        if "X-Api-Key" in headers or "Authorization" in headers:
            return
        raise TypeError('Could not resolve authentication method. Expected either api_key or auth_token to be set.')

    def _build_request(self, method: str, path: str, body: Dict[str, Any], max_retries: int = 2) -> FinalRequestOptions:
        headers = self.default_headers
        self._validate_headers(headers)
        options: FinalRequestOptions = {"method": method, "url": self.base_url + path, "headers": headers, "json_data": body, "max_retries": max_retries, "timeout": 600.0}
        log.debug("Request options: %s", options)
        log.debug("platform headers: %s", self.platform_headers)
        log.debug("max_tokens=%s model=%s", body.get("max_tokens"), body.get("model"))
        return options

    def copy(self, **overrides: Any) -> "SyncAPIClient":
        if "api_key" in overrides and "auth_token" in overrides:
            raise ValueError("pass api_key or auth_token, not both")
        return type(self)(api_key=overrides.get("api_key", self.api_key), auth_token=overrides.get("auth_token", self.auth_token), base_url=overrides.get("base_url", self.base_url))
