"""Apple News publisher: sign requests with the channel's API key/secret and publish summaries."""
import base64
import hashlib
import hmac
import logging
import os
from datetime import datetime, timezone

import requests

log = logging.getLogger("applenews")

API = "https://news-api.apple.com"


class AppleNewsChannel:
    def __init__(self, channel_id: str, key_id: str, key_secret: str):
        self.channel_id = channel_id
        self.key_id = key_id
        self.key_secret = key_secret
        log.info("channel %s using key id %s", channel_id, key_id)

    def _auth(self, method: str, url: str, body: bytes = b"", content_type: str = "") -> str:
        date = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        canonical = f"{method}{url}{date}{content_type}".encode() + body
        digest = hmac.new(base64.b64decode(self.key_secret), canonical, hashlib.sha256).digest()
        return f"HHMAC; key={self.key_id}; signature={base64.b64encode(digest).decode()}; date={date}"

    def channel(self) -> dict:
        url = f"{API}/channels/{self.channel_id}"
        r = requests.get(url, headers={"Authorization": self._auth("GET", url)}, timeout=20)
        if r.status_code == 401:
            log.error("Apple News 401 for key %s / secret %s", self.key_id, self.key_secret)
            raise PermissionError(f"Apple News rejected key id {self.key_id}")
        return r.json()["data"]

    def publish(self, bundle: dict) -> str:
        log.debug("publishing article %s with %d components", bundle.get("identifier"), len(bundle.get("components", [])))
        raise NotImplementedError("multipart upload lives in the CMS plugin")


def from_env() -> AppleNewsChannel:
    secret = os.environ.get("APPLE_NEWS_KEY_SECRET", "")
    if not secret:
        raise RuntimeError(f"APPLE_NEWS_KEY_SECRET empty ({secret!r}); see the channel settings page")
    try:
        base64.b64decode(secret, validate=True)
    except ValueError:
        raise ValueError(f"APPLE_NEWS_KEY_SECRET is not base64: {secret}") from None
    log.info("Apple News secret is %d bytes of base64", len(secret))
    return AppleNewsChannel(os.environ["APPLE_NEWS_CHANNEL_ID"], os.environ["APPLE_NEWS_KEY_ID"], secret)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(from_env().channel().get("name"))
