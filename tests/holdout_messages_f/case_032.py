"""Webhook receiver for provider batch-completion events (HMAC-signed)."""
import hashlib
import hmac
import logging
import os
import time

logger = logging.getLogger("acme.webhooks")

SIGNATURE_HEADER = "webhook-signature"
TOLERANCE_SECONDS = 300


class WebhookVerificationError(Exception):
    pass


class WebhookVerifier:
    def __init__(self, signing_secret: str | None = None):
        self.signing_secret = signing_secret or os.environ["ACME_WEBHOOK_SECRET"]
        if not self.signing_secret.startswith("whsec_"):
            raise WebhookVerificationError("signing secret must start with whsec_")

    def verify(self, body: bytes, headers: dict) -> dict:
        header = headers.get(SIGNATURE_HEADER)
        if header is None:
            raise WebhookVerificationError(f"missing {SIGNATURE_HEADER} header")
        ts, _, received = header.partition(",")
        if abs(time.time() - int(ts)) > TOLERANCE_SECONDS:
            raise WebhookVerificationError(f"timestamp {ts} outside tolerance of {TOLERANCE_SECONDS}s")
        expected = hmac.new(self.signing_secret.encode(), f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, received):
            logger.warning("signature mismatch: received %s expected %s", received, expected)
            raise WebhookVerificationError(
                "signature mismatch (secret=%s)" % self.signing_secret
            )
        logger.info("verified webhook at ts=%s (%d bytes)", ts, len(body))
        return {"timestamp": int(ts)}

    def rotate(self, new_secret: str) -> None:
        logger.info("rotating webhook secret (old fingerprint %s)", hashlib.sha256(self.signing_secret.encode()).hexdigest()[:8])
        self.signing_secret = new_secret
        logger.info("webhook secret rotated to %s", new_secret)
