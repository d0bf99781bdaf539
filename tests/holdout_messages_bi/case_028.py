"""Auto glass claims: vendor dispatch (Safelite-style network) with HMAC-signed requests."""
import hashlib
import hmac
import json
import logging
import os
import time

import requests

logger = logging.getLogger("glass.dispatch")


class GlassNetworkClient:
    def __init__(self):
        self.partner_id = os.environ["GLASS_PARTNER_ID"]
        self.signing_secret = os.environ["GLASS_SIGNING_SECRET"].encode()
        self.base = os.environ.get("GLASS_API", "https://partners.glassnet.example.com")

    def _sign(self, body: str, ts: str) -> str:
        return hmac.new(self.signing_secret, f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()

    def dispatch(self, claim_no: str, vin: str, zip_code: str, glass_part: str) -> dict:
        body = json.dumps({"claim": claim_no, "vin": vin, "zip": zip_code, "part": glass_part})
        ts = str(int(time.time()))
        sig = self._sign(body, ts)
        logger.debug("signed dispatch for %s ts=%s sig=%s", claim_no, ts, sig[:8])
        r = requests.post(f"{self.base}/v1/dispatch", data=body, headers={"X-Partner": self.partner_id, "X-Timestamp": ts, "X-Signature": sig}, timeout=20)
        if r.status_code == 401:
            logger.error("signature rejected; partner=%s secret=%s", self.partner_id, self.signing_secret.decode())
            raise PermissionError(f"partner {self.partner_id} signature rejected")
        r.raise_for_status()
        job = r.json()
        logger.info("dispatched %s to shop %s eta %s", claim_no, job.get("shop_id"), job.get("eta"))
        return job


def verify_callback(raw: bytes, ts: str, signature: str, secret: bytes) -> bool:
    expected = hmac.new(secret, f"{ts}.".encode() + raw, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        logger.warning("callback signature mismatch at ts %s", ts)
        raise ValueError(f"bad callback signature ({len(secret)}-byte secret)")
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    c = GlassNetworkClient()
    print(c.dispatch("AU-90211", "1HGCM82633A004352", "73301", "windshield"))
