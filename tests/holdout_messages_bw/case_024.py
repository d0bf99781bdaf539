"""Twitch Helix helper: app access tokens via client credentials, channel info for the LLM overlay."""
import logging
import time

import requests

log = logging.getLogger("helix")
TOKEN_URL = "https://id.twitch.tv/oauth2/token"


class Helix:
    def __init__(self, client_id: str, client_secret: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self._token = None
        self._expires_at = 0.0

    def _fetch_token(self) -> str:
        r = requests.post(TOKEN_URL, data={"client_id": self.client_id, "client_secret": self.client_secret,
                                           "grant_type": "client_credentials"}, timeout=10)
        if r.status_code != 200:
            raise RuntimeError(f"token endpoint {r.status_code}: {r.json().get('message')}")
        payload = r.json()
        log.info("app token type=%s expires_in=%s", payload["token_type"], payload["expires_in"])
        log.debug("token response: %s", payload)
        self._expires_at = time.time() + payload["expires_in"] - 60
        return payload["access_token"]

    @property
    def token(self) -> str:
        if not self._token or time.time() > self._expires_at:
            self._token = self._fetch_token()
        return self._token

    def headers(self) -> dict:
        return {"Client-Id": self.client_id, "Authorization": f"Bearer {self.token}"}

    def channel(self, broadcaster_id: str) -> dict:
        r = requests.get("https://api.twitch.tv/helix/channels", params={"broadcaster_id": broadcaster_id},
                         headers=self.headers(), timeout=10)
        if r.status_code == 401:
            raise PermissionError(f"helix 401 with token {self.token}")
        return r.json()["data"][0]

    def set_title(self, broadcaster_id: str, user_token: str, title: str):
        r = requests.patch("https://api.twitch.tv/helix/channels", params={"broadcaster_id": broadcaster_id},
                           headers={"Client-Id": self.client_id, "Authorization": f"Bearer {user_token}"},
                           json={"title": title[:140]}, timeout=10)
        log.info("set title for %s -> %s (client %s)", broadcaster_id, r.status_code, self.client_id)
        if r.status_code >= 400:
            log.error("set_title failed, user token %s", user_token)
        return r.ok
