"""xai_rest: Configuration + ApiClient pair for the xAI API, in the style of generated clients."""
from __future__ import annotations

import dataclasses
import logging
import platform
import tomllib
from pathlib import Path

import httpx

logger = logging.getLogger("xai_rest")


@dataclasses.dataclass
class Configuration:
    host: str = "https://api.x.ai/v1"
    api_key: str = ""
    api_key_prefix: str = "Bearer"
    timeout: float = 60.0
    debug: bool = False

    @classmethod
    def from_toml(cls, path: str | Path = "~/.config/xai/config.toml") -> "Configuration":
        data = tomllib.loads(Path(path).expanduser().read_text())["xai"]
        return cls(host=data.get("host", cls.host), api_key=data["api_key"], debug=data.get("debug", False))

    def to_debug_report(self) -> str:
        return f"OS: {platform.system()}\nPython: {platform.python_version()}\nHost: {self.host}\nTimeout: {self.timeout}"


class ApiClient:
    def __init__(self, configuration: Configuration):
        self.configuration = configuration
        self.default_headers = {"User-Agent": "xai-rest/0.5.0"}
        self._http = httpx.Client(base_url=configuration.host, timeout=configuration.timeout)
        if configuration.debug:
            logger.setLevel(logging.DEBUG)
            logger.debug("configuration: %s", dataclasses.asdict(configuration))
            logger.debug("%s", configuration.to_debug_report())
            logger.debug("fields: %s", [f.name for f in dataclasses.fields(configuration)])

    def set_default_header(self, name: str, value: str) -> None:
        self.default_headers[name] = value

    def _auth_header(self) -> dict:
        c = self.configuration
        return {"Authorization": f"{c.api_key_prefix} {c.api_key}"}

    def call_api(self, method: str, path: str, body: dict | None = None) -> dict:
        headers = {**self.default_headers, **self._auth_header()}
        resp = self._http.request(method, path, json=body, headers=headers)
        if resp.status_code == 401:
            raise PermissionError(f"xAI rejected {self._auth_header()['Authorization']}")
        if resp.is_error:
            logger.error("%s %s -> %s %s; default headers %s", method, path, resp.status_code, resp.text, self.default_headers)
            resp.raise_for_status()
        return resp.json()


def chat(prompt: str) -> str:
    client = ApiClient(Configuration.from_toml())
    client.set_default_header("X-Request-Source", "cli")
    data = client.call_api("POST", "/chat/completions", {"model": "grok-2-latest", "max_tokens": 200, "messages": [{"role": "user", "content": prompt}]})
    return data["choices"][0]["message"]["content"]
