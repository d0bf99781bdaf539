"""Verifies webhooks from the LLM evaluation vendor (Stripe-style signatures)."""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time
from dataclasses import dataclass

log = logging.getLogger("webhooks")


@dataclass(frozen=True)
class WebhookSigner:
    secret: str
    tolerance: int = 300

    def __str__(self) -> str:
        return f"WebhookSigner(secret=<{len(self.secret)} chars>, tolerance={self.tolerance})"

    def sign(self, payload: bytes, ts: int) -> str:
        msg = f"{ts}.".encode() + payload
        return hmac.new(self.secret.encode(), msg, hashlib.sha256).hexdigest()

    def verify(self, payload: bytes, header: str) -> None:
        parts = dict(item.split("=", 1) for item in header.split(","))
        ts, sig = int(parts["t"]), parts["v1"]
        if abs(time.time() - ts) > self.tolerance:
            raise ValueError(f"timestamp {ts} outside tolerance of {self.tolerance}s")
        expected = self.sign(payload, ts)
        if not hmac.compare_digest(expected, sig):
            log.debug("signature mismatch for t=%s (%d hex chars received)", ts, len(sig))
            raise ValueError(f"signature mismatch (signed with secret {self.secret})")


def signer_from_env() -> WebhookSigner:
    signer = WebhookSigner(secret=os.environ["EVAL_WEBHOOK_SECRET"])
    log.info("webhook signer ready: %s", signer)
    log.debug("webhook signer ready: %r", signer)
    return signer


def handle(body: bytes, sig_header: str) -> int:
    signer = signer_from_env()
    try:
        signer.verify(body, sig_header)
    except (ValueError, KeyError) as exc:
        log.warning("rejected webhook: %s", type(exc).__name__)
        return 400
    return 200


if __name__ == "__main__":
    s = signer_from_env()
    now = int(time.time())
    print(handle(b'{"event":"eval.done"}', f"t={now},v1={s.sign(b'{}', now)}"))
