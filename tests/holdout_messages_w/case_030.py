"""Outbound webhook tool: agents notify external systems, signed with a shared secret."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time

import httpx

logger = logging.getLogger("tools.webhook")


class WebhookTool:
    def __init__(self, url: str, signing_secret: str, name: str = "notify") -> None:
        self.url = url
        self.signing_secret = signing_secret
        self.name = name

    def _sign(self, body: bytes, ts: str) -> str:
        mac = hmac.new(self.signing_secret.encode(), f"{ts}.".encode() + body, hashlib.sha256)
        return mac.hexdigest()

    async def send(self, event: str, payload: dict) -> dict:
        body = json.dumps({"event": event, "data": payload}, separators=(",", ":")).encode()
        ts = str(int(time.time()))
        sig = self._sign(body, ts)
        headers = {"X-Signature": f"t={ts},v1={sig}", "Content-Type": "application/json"}
        logger.debug("webhook %s signature %s", event, sig)
        async with httpx.AsyncClient(timeout=10) as http:
            resp = await http.post(self.url, content=body, headers=headers)
        if resp.status_code == 401:
            logger.error("receiver rejected signature; secret used: %s", self.signing_secret)
            return {"delivered": False, "status": 401}
        logger.info("webhook %s -> %s (%s)", event, self.url, resp.status_code)
        return {"delivered": resp.is_success, "status": resp.status_code}


def verify_incoming(secret: str, body: bytes, header: str) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    expected = hmac.new(secret.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256).hexdigest()
    ok = hmac.compare_digest(expected, parts.get("v1", ""))
    if not ok:
        logger.warning("bad signature: expected %s got %s", expected[:10], parts.get("v1", "")[:10])
    return ok


def from_settings(settings: dict) -> WebhookTool:
    secret = settings.get("webhook_secret", "")
    if secret.startswith("whsec_") is False:
        logger.warning("webhook_secret %s lacks the whsec_ prefix", secret)
    return WebhookTool(settings["webhook_url"], secret)
