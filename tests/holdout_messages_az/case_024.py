"""Perceptual-hash matching against the industry hash list before media is published."""
from __future__ import annotations

import logging
import os

import httpx

log = logging.getLogger("tns.hashmatch")


class HashMatchClient:
    """Thin client for the hash-sharing consortium's match API."""

    def __init__(self, endpoint: str, subscription_key: str, member_id: str) -> None:
        self.endpoint = endpoint.rstrip("/")
        self.member_id = member_id
        self.headers = {"Ocp-Apim-Subscription-Key": subscription_key, "X-Member-Id": member_id}
        self._http = httpx.Client(timeout=10.0, headers=self.headers)
        log.info("hash match client for member %s at %s", member_id, self.endpoint)

    @classmethod
    def from_env(cls) -> "HashMatchClient":
        endpoint = os.environ["HASHMATCH_ENDPOINT"]
        key = os.environ["HASHMATCH_SUBSCRIPTION_KEY"]
        member = os.environ["HASHMATCH_MEMBER_ID"]
        if len(key) != 32:
            raise ValueError(f"HASHMATCH_SUBSCRIPTION_KEY should be 32 hex chars, got {len(key)}")
        return cls(endpoint, key, member)

    def match(self, media_id: str, pdq_hash: str) -> bool:
        resp = self._http.post(f"{self.endpoint}/match", json={"hash": pdq_hash, "type": "pdq"})
        log.debug("sent %s", {k: v for k, v in self.headers.items() if k != "Ocp-Apim-Subscription-Key"})
        if resp.status_code == 401:
            log.error("hash API 401 for %s, sent headers %s", media_id, self.headers)
            raise PermissionError(f"hash API rejected member {self.member_id}")
        resp.raise_for_status()
        data = resp.json()
        log.info("media %s: %d candidate(s), distance %s", media_id, len(data["matches"]), data.get("min_distance"))
        return bool(data["matches"])

    def close(self) -> None:
        self._http.close()


def screen(items: list[tuple[str, str]]) -> list[str]:
    client = HashMatchClient.from_env()
    try:
        return [media_id for media_id, h in items if client.match(media_id, h)]
    finally:
        client.close()
