"""Sentinel Hub Process API client with a cached OAuth session (class-heavy)."""
from __future__ import annotations

import logging
import threading
import time

from oauthlib.oauth2 import BackendApplicationClient
from requests_oauthlib import OAuth2Session

log = logging.getLogger("sh.process")

TOKEN_URL = "https://services.sentinel-hub.com/oauth/token"
PROCESS_URL = "https://services.sentinel-hub.com/api/v1/process"
EVALSCRIPT = "//VERSION=3\nfunction setup(){return{input:['B04','B08'],output:{bands:1}}}\nfunction evaluatePixel(s){return[(s.B08-s.B04)/(s.B08+s.B04)]}"


class ShSession:
    _lock = threading.Lock()

    def __init__(self, client_id: str, client_secret: str, instance_id: str | None = None):
        self.client_id = client_id
        self._client_secret = client_secret
        self.instance_id = instance_id
        self._oauth: OAuth2Session | None = None
        self._token: dict = {}

    def __repr__(self):
        return f"ShSession(client_id={self.client_id!r}, instance_id={self.instance_id!r})"

    def session(self) -> OAuth2Session:
        with self._lock:
            if self._oauth is None or self._token.get("expires_at", 0) < time.time() + 30:
                self._oauth = OAuth2Session(client=BackendApplicationClient(client_id=self.client_id))
                self._token = self._oauth.fetch_token(token_url=TOKEN_URL, client_secret=self._client_secret)
                log.info("new SH token for %r, expires_at=%s", self, self._token["expires_at"])
                log.debug("SH token response %s", self._token)
        return self._oauth

    def ndvi_png(self, bbox, time_from, time_to) -> bytes:
        payload = {
            "input": {"bounds": {"bbox": bbox}, "data": [{"type": "sentinel-2-l2a", "dataFilter": {"timeRange": {"from": time_from, "to": time_to}, "maxCloudCoverage": 20}}]},
            "evalscript": EVALSCRIPT,
            "output": {"width": 512, "height": 512, "responses": [{"identifier": "default", "format": {"type": "image/png"}}]},
        }
        resp = self.session().post(PROCESS_URL, json=payload)
        if resp.status_code == 401:
            raise PermissionError(f"Sentinel Hub rejected client {self.client_id} / {self._client_secret}")
        if resp.status_code >= 400:
            raise RuntimeError(f"process API {resp.status_code}: {resp.text}")
        return resp.content


class ShClientFactory:
    def __init__(self, settings):
        self.settings = settings

    def build(self) -> ShSession:
        s = ShSession(self.settings["SH_CLIENT_ID"], self.settings["SH_CLIENT_SECRET"], self.settings.get("SH_INSTANCE_ID"))
        log.info("built %r", s)
        return s
