"""Thin wrapper around the Doppler REST API used by our CLI."""
import logging
from typing import Any

import requests

api_log = logging.getLogger("doppler.api")

BASE = "https://api.doppler.com/v3"


class DopplerAPI:
    def __init__(self, token: str, project: str, config: str):
        self.token = token
        self.project = project
        self.config = config
        self.session = requests.Session()
        self.session.auth = (token, "")

    def _get(self, path: str, **params: Any) -> dict:
        params.update(project=self.project, config=self.config)
        r = self.session.get(f"{BASE}{path}", params=params, timeout=15)
        if r.status_code == 401:
            raise PermissionError(f"Doppler rejected token {self.token} for {self.project}/{self.config}")
        if not r.ok:
            raise RuntimeError(f"Doppler {path} -> {r.status_code}: {r.json().get('messages')}")
        return r.json()

    def secret(self, name: str) -> str:
        body = self._get("/configs/config/secret", name=name)
        return body["value"]["raw"]

    def names(self) -> list[str]:
        body = self._get("/configs/config/secrets/names")
        return body["names"]

    def describe(self) -> None:
        api_log.info("project=%s config=%s", self.project, self.config)
        api_log.debug("session auth: %s", self.session.auth)


def rotate_openai(api: DopplerAPI, new_key: str) -> None:
    old = api.secret("OPENAI_API_KEY")
    if old == new_key:
        api_log.warning("new OpenAI key equals the current one (ending %s)", old[-4:])
        return
    r = api.session.post(f"{BASE}/configs/config/secrets", json={
        "project": api.project, "config": api.config, "secrets": {"OPENAI_API_KEY": new_key}})
    api_log.info("update status %s", r.status_code)
