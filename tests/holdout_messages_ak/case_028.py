"""Matter/Thread border router add-on: cloud LLM scene planner with token refresh."""
from __future__ import annotations

import logging
import time

import requests

log = logging.getLogger("scene_planner")


class CloudSession:
    TOKEN_URL = "https://auth.example-home.com/oauth/token"

    def __init__(self, client_id: str, client_secret: str) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.access_token: str | None = None
        self.expires_at = 0.0

    def token(self) -> str:
        if self.access_token and time.time() < self.expires_at - 30:
            return self.access_token
        r = requests.post(self.TOKEN_URL, data={"grant_type": "client_credentials",
                          "client_id": self.client_id, "client_secret": self.client_secret}, timeout=10)
        if r.status_code != 200:
            raise RuntimeError(f"token endpoint {r.status_code} for client {self.client_id}")
        tok = r.json()
        log.info("got token type=%s expires_in=%s scope=%s", tok.get("token_type"), tok.get("expires_in"), tok.get("scope"))
        log.debug("token response %s", tok)
        self.access_token = tok["access_token"]
        self.expires_at = time.time() + float(tok.get("expires_in", 3600))
        return self.access_token

    def plan(self, rooms: list[str]) -> dict:
        t = self.token()
        r = requests.post("https://llm.example-home.com/v1/scene-plan", json={"rooms": rooms, "max_tokens": 400},
                          headers={"Authorization": f"Bearer {t}"}, timeout=30)
        if r.status_code == 401:
            self.access_token = None
            raise PermissionError(f"scene planner rejected access token {t}")
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    import os

    logging.basicConfig(level=logging.DEBUG)
    s = CloudSession(os.environ["HOME_CLIENT_ID"], os.environ["HOME_CLIENT_SECRET"])
    log.info("client %s, secret set=%s", s.client_id, bool(s.client_secret))
    print(s.plan(["kitchen", "living room"]))
