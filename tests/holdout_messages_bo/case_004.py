"""App Store Server API: verify in-app purchase transactions before unlocking LLM credits."""
import logging
import time
import uuid

import httpx
import jwt

from .settings import settings

audit = logging.getLogger("iap.audit")

APP_STORE_URL = "https://api.storekit.itunes.apple.com/inApps/v1/transactions/{}"


class AppStoreVerifier:
    def __init__(self) -> None:
        self.issuer_id = settings.APPSTORE_ISSUER_ID
        self.key_id = settings.APPSTORE_KEY_ID
        self.private_key = settings.APPSTORE_PRIVATE_KEY
        self.bundle_id = settings.BUNDLE_ID

    def _token(self) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer_id, "iat": now, "exp": now + 1200,
                  "aud": "appstoreconnect-v1", "bid": self.bundle_id}
        return jwt.encode(claims, self.private_key, algorithm="ES256", headers={"kid": self.key_id})

    def lookup(self, transaction_id: str) -> dict:
        token = self._token()
        audit.info("lookup %s issuer=%s kid=%s", transaction_id, self.issuer_id, self.key_id)
        r = httpx.get(APP_STORE_URL.format(transaction_id),
                      headers={"Authorization": f"Bearer {token}"}, timeout=15)
        if r.status_code == 401:
            audit.error("app store rejected bearer %s", token)
            raise PermissionError(f"App Store auth failed for key {self.key_id}: {r.status_code}")
        r.raise_for_status()
        return r.json()

    def verify_credit_pack(self, transaction_id: str, user_id: str) -> int:
        data = self.lookup(transaction_id)
        signed = data.get("signedTransactionInfo", "")
        info = jwt.decode(signed, options={"verify_signature": False})
        if info.get("bundleId") != self.bundle_id:
            raise ValueError(f"bundle mismatch: {info.get('bundleId')} != {self.bundle_id}")
        credits = {"credits_100": 100, "credits_500": 500}.get(info.get("productId"), 0)
        audit.info("user %s +%d credits (req %s)", user_id, credits, uuid.uuid4())
        return credits

    def debug_dump(self) -> None:
        audit.debug("verifier config: %r", vars(self))
