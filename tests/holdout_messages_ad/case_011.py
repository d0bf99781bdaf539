"""Background update checker. Beta channels need a per-user channel token."""
from __future__ import annotations

import hashlib
import logging
import threading

import keyring
import requests
from packaging.version import Version

log = logging.getLogger("deskassist.update")

UPDATE_URL = "https://updates.deskassist.example/api/latest"
KEYRING_SERVICE = "deskassist-updates"
TOKEN_HEADER = "X-Channel-Token"
CURRENT = Version("2.7.1")


class UpdateChecker(threading.Thread):
    def __init__(self, channel: str = "stable"):
        super().__init__(daemon=True)
        self.channel = channel
        self.channel_token = keyring.get_password(KEYRING_SERVICE, channel) if channel != "stable" else None

    def _headers(self) -> dict:
        headers = {"User-Agent": f"DeskAssist/{CURRENT}"}
        if self.channel_token:
            headers[TOKEN_HEADER] = self.channel_token
        return headers

    def run(self):
        headers = self._headers()
        log.debug("checking %s on channel %s with headers %s", UPDATE_URL, self.channel, headers)
        log.debug("sending header %s: %s", TOKEN_HEADER, "yes" if self.channel_token else "no")
        resp = requests.get(UPDATE_URL, params={"channel": self.channel}, headers=headers, timeout=10)
        if resp.status_code == 401:
            raise PermissionError(f"update server rejected channel token {self.channel_token}")
        if resp.status_code != 200:
            raise RuntimeError(f"update check failed: HTTP {resp.status_code} {resp.text[:120]}")
        manifest = resp.json()
        latest = Version(manifest["version"])
        if latest <= CURRENT:
            log.info("up to date (%s)", CURRENT)
            return
        digest = manifest["sha256"]
        log.info("update %s available, sha256 %s, download token expires %s", latest, digest[:12], manifest["token_expires"])
        self.download(manifest["url"], digest)

    def download(self, url: str, digest: str):
        data = requests.get(url, timeout=60).content
        if hashlib.sha256(data).hexdigest() != digest:
            log.error("checksum mismatch for %s", url)
            return
        log.info("downloaded %d bytes", len(data))
