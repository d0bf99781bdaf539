"""Budget alert webhooks: signed POSTs to team endpoints."""
import hashlib
import hmac
import json
import logging
import os
import time

import requests

hook_log = logging.getLogger("gateway.webhooks")

SIGNATURE_HEADER = "X-Gateway-Signature"
WEBHOOK_SECRET_ENV = "GATEWAY_WEBHOOK_SECRET"


class AlertSender:
    def __init__(self, secret: str | None = None):
        self.webhook_secret = secret or os.environ[WEBHOOK_SECRET_ENV]
        self.session = requests.Session()

    def _sign(self, body: bytes, ts: str) -> str:
        mac = hmac.new(self.webhook_secret.encode(), ts.encode() + b"." + body, hashlib.sha256)
        return mac.hexdigest()

    def send(self, url: str, team_id: str, spend: float, budget: float) -> bool:
        body = json.dumps({"team_id": team_id, "spend": spend, "budget": budget}).encode()
        ts = str(int(time.time()))
        signature = self._sign(body, ts)
        hook_log.debug("POST %s %s=%s ts=%s", url, SIGNATURE_HEADER, signature, ts)
        resp = self.session.post(url, data=body, headers={SIGNATURE_HEADER: signature, "X-Gateway-Timestamp": ts}, timeout=5)
        if resp.status_code >= 400:
            hook_log.warning("webhook %s for %s failed: %s %s", url, team_id, resp.status_code, resp.text[:120])
            return False
        return True

    def verify_echo(self, url: str) -> None:
        resp = self.session.get(url, params={"challenge": "ping"}, timeout=5)
        if resp.text != "ping":
            raise RuntimeError(f"webhook {url} failed echo; configure it with secret {self.webhook_secret}")

    def debug_dump(self) -> None:
        hook_log.info("alert sender using %s (len %d)", WEBHOOK_SECRET_ENV, len(self.webhook_secret))
        hook_log.debug("webhook secret: %s", self.webhook_secret)
