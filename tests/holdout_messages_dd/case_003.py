"""App Store Server API client: verify transactions, look up order ids."""
import logging
import time
import uuid

import jwt
import requests

logger = logging.getLogger("iap.appstore")

PROD = "https://api.storekit.itunes.apple.com"
SANDBOX = "https://api.storekit-sandbox.itunes.apple.com"


class AppStoreServerClient:
    def __init__(self, issuer_id: str, key_id: str, private_key: str, bundle_id: str, sandbox=False):
        self.issuer_id = issuer_id
        self.key_id = key_id
        self.private_key = private_key
        self.bundle_id = bundle_id
        self.base = SANDBOX if sandbox else PROD

    def _jwt(self) -> str:
        now = int(time.time())
        payload = {"iss": self.issuer_id, "iat": now, "exp": now + 1200,
                   "aud": "appstoreconnect-v1", "bid": self.bundle_id, "nonce": str(uuid.uuid4())}
        return jwt.encode(payload, self.private_key, algorithm="ES256", headers={"kid": self.key_id})

    def transaction(self, transaction_id: str) -> dict:
        bearer = self._jwt()
        r = requests.get(f"{self.base}/inApps/v1/transactions/{transaction_id}",
                         headers={"Authorization": f"Bearer {bearer}"}, timeout=15)
        if r.status_code == 401:
            raise PermissionError(f"App Store rejected JWT {bearer} for issuer {self.issuer_id}")
        if r.status_code == 404:
            raise LookupError(f"transaction {transaction_id} not found in {self.base}")
        r.raise_for_status()
        return r.json()

    def order_lookup(self, order_id: str) -> list:
        r = requests.get(f"{self.base}/inApps/v1/lookup/{order_id}",
                         headers={"Authorization": f"Bearer {self._jwt()}"}, timeout=15)
        logger.info("order lookup %s -> %s (%s)", order_id, r.status_code, r.json().get("status"))
        return r.json().get("signedTransactions", [])

    def check_key(self):
        if "BEGIN PRIVATE KEY" not in self.private_key:
            logger.error("malformed .p8 key for kid %s: %s", self.key_id, self.private_key)
        logger.debug("p8 key has %d chars, kid=%s", len(self.private_key), self.key_id)
