"""Prompt manager: pulls versioned prompts from a hosted registry using a bearer token from ~/.config/promptmgr/credentials.ini."""
from __future__ import annotations

import configparser
import logging
from pathlib import Path

import requests

LOG = logging.getLogger("promptmgr")
CREDS = Path.home() / ".config" / "promptmgr" / "credentials.ini"


class RegistryClient:
    def __init__(self, profile: str = "default") -> None:
        cp = configparser.ConfigParser()
        cp.read(CREDS)
        if profile not in cp:
            raise LookupError(f"profile [{profile}] missing from {CREDS}; sections: {cp.sections()}")
        section = cp[profile]
        self.endpoint = section.get("endpoint", "https://prompts.example.com")
        self.token = section.get("token", "")
        self.workspace = section.get("workspace", "main")
        if not self.token:
            raise ValueError(f"profile {profile} has no token (got {self.token!r})")
        if len(self.token) < 20:
            raise ValueError(f"token {self.token} for profile {profile} is too short")

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}

    def pull(self, name: str, version: str = "latest") -> str:
        url = f"{self.endpoint}/v1/{self.workspace}/prompts/{name}/{version}"
        LOG.debug("GET %s headers=%s", url, self._headers())
        resp = requests.get(url, headers=self._headers(), timeout=20)
        if resp.status_code == 404:
            raise KeyError(f"prompt {name}@{version} not found in {self.workspace}")
        resp.raise_for_status()
        body = resp.json()
        LOG.info("pulled %s@%s (%s chars, est %s tokens)", name, body.get("version"), len(body["text"]), body.get("token_count"))
        return body["text"]

    def describe(self) -> str:
        return f"RegistryClient(endpoint={self.endpoint}, workspace={self.workspace})"


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG)
    client = RegistryClient(sys.argv[1] if len(sys.argv) > 1 else "default")
    LOG.info("using %s", client.describe())
    print(client.pull("system-default"))
