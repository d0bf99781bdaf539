"""Amazon Appstore Receipt Verification Service (RVS) client, plain functions."""
import logging
import os
from urllib.parse import quote

import requests

logger = logging.getLogger("iap.amazon")

RVS_BASE = "https://appstore-sdk.amazon.com/version/1.0/verifyReceiptId"
SANDBOX_BASE = "http://localhost:8080/RVSSandbox/version/1.0/verifyReceiptId"
SECRET_ENV = "AMAZON_RVS_SHARED_SECRET"


def _shared_secret() -> str:
    secret = os.environ.get(SECRET_ENV)
    if secret is None:
        raise KeyError(f"set {SECRET_ENV} (Amazon developer portal > Shared Key)")
    return secret


def rvs_url(user_id: str, receipt_id: str, sandbox: bool = False) -> str:
    base = SANDBOX_BASE if sandbox else RVS_BASE
    return f"{base}/developer/{quote(_shared_secret())}/user/{quote(user_id)}/receiptId/{quote(receipt_id)}"


def verify(user_id: str, receipt_id: str, sandbox: bool = False) -> dict:
    url = rvs_url(user_id, receipt_id, sandbox)
    r = requests.get(url, timeout=15)
    if r.status_code == 496:
        logger.error("RVS says invalid sharedSecret for user %s", user_id)
        raise PermissionError("amazon shared secret rejected")
    if r.status_code == 497:
        logger.warning("invalid user id %s", user_id)
        return {}
    if r.status_code != 200:
        raise RuntimeError(f"RVS {r.status_code} for receipt {receipt_id}: {r.text}")
    data = r.json()
    logger.info("receipt %s product=%s cancel=%s", receipt_id, data.get("productId"), data.get("cancelDate"))
    return data


def diagnose():
    secret = _shared_secret()
    print(f"{SECRET_ENV}: {len(secret)} chars, starts {secret[:2]}")
    print("RVS shared secret =", secret)
