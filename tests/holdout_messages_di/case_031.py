"""Token broker for agent tools: exchanges a user's session for short-lived downstream tokens."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import requests

log = logging.getLogger("broker")


@dataclass
class CachedToken:
    value: str = field(repr=False)
    expires_at: float
    audience: str


class TokenBroker:
    def __init__(self, sts_url: str, broker_secret: str):
        self.sts_url = sts_url
        self.broker_secret = broker_secret
        self.cache: dict[tuple[str, str], CachedToken] = {}

    def exchange(self, subject_token: str, audience: str) -> CachedToken:
        key = (subject_token[-12:], audience)
        hit = self.cache.get(key)
        if hit and hit.expires_at > time.time() + 30:
            log.debug("cache hit %r", hit)
            return hit
        resp = requests.post(
            self.sts_url,
            data={
                "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
                "subject_token": subject_token,
                "subject_token_type": "urn:ietf:params:oauth:token-type:access_token",
                "audience": audience,
            },
            auth=("agent-broker", self.broker_secret),
            timeout=10,
        )
        if resp.status_code != 200:
            log.error("token exchange for %s failed: %s", audience, resp.json().get("error"))
            raise PermissionError(f"exchange for {audience} failed; subject token {subject_token}")
        body = resp.json()
        tok = CachedToken(body["access_token"], time.time() + body.get("expires_in", 300), audience)
        self.cache[key] = tok
        log.info("issued %s token for %s, expires_in=%s", body.get("issued_token_type"), audience, body.get("expires_in"))
        return tok

    def headers_for(self, subject_token: str, audience: str) -> dict[str, str]:
        tok = self.exchange(subject_token, audience)
        hdrs = {"Authorization": f"Bearer {tok.value}"}
        log.debug("downstream headers for %s: %s", audience, hdrs)
        return hdrs

    def stats(self) -> None:
        log.info("broker cache: %d entries, audiences %s", len(self.cache), sorted({t.audience for t in self.cache.values()}))
        if not self.broker_secret:
            log.warning("broker secret is empty (%r)", self.broker_secret)
