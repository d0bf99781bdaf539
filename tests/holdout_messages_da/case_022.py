"""App Store Server API: refund-history lookups for the mobile support desk."""
import logging
import os
import time

import jwt
import requests

log = logging.getLogger("support.appstore")

ISSUER_ID = "57246542-96fe-1a63-e053-0824d011072a"
KEY_ID = "2X9R4HXF34"
BUNDLE_ID = "com.studio.skyraiders"
PRIVATE_KEY_ENV = "APPSTORE_PRIVATE_KEY"
API = "https://api.storekit.itunes.apple.com/inApps/v2"


def _signing_key() -> str:
    pem = os.environ[PRIVATE_KEY_ENV].replace("\\n", "\n")
    if "BEGIN PRIVATE KEY" not in pem:
        raise ValueError(f"{PRIVATE_KEY_ENV} does not look like a .p8 key: {pem}")
    log.debug("loaded App Store key %s from %s (%d bytes)", KEY_ID, PRIVATE_KEY_ENV, len(pem))
    return pem


def app_store_jwt() -> str:
    now = int(time.time())
    claims = {"iss": ISSUER_ID, "iat": now, "exp": now + 1200, "aud": "appstoreconnect-v1", "bid": BUNDLE_ID}
    token = jwt.encode(claims, _signing_key(), algorithm="ES256", headers={"kid": KEY_ID})
    log.debug("claims %s", claims)
    return token


def refund_history(transaction_id: str) -> list[str]:
    token = app_store_jwt()
    resp = requests.get(f"{API}/refund/lookup/{transaction_id}", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if resp.status_code == 401:
        log.error("App Store rejected our JWT %s", token)
        raise PermissionError("App Store Server API: unauthorized")
    resp.raise_for_status()
    signed = resp.json().get("signedTransactions", [])
    log.info("transaction %s: %d refunded transactions", transaction_id, len(signed))
    return signed


def summary_for_agent(transaction_id: str) -> str:
    items = refund_history(transaction_id)
    if not items:
        return f"No refunds found for {transaction_id}."
    decoded = [jwt.decode(s, options={"verify_signature": False}) for s in items]
    return "\n".join(f"{d['productId']} refunded {d.get('revocationDate')}" for d in decoded)
