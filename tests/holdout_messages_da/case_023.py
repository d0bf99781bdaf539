"""Google Play voided-purchases sync: claws back gems from refunded orders."""
import json
import logging
import os

from google.oauth2 import service_account
from googleapiclient.discovery import build

logger = logging.getLogger("store.play_voided")

PACKAGE = "com.studio.skyraiders"
SA_PATH_VAR = "PLAY_SA_JSON"
SCOPES = ["https://www.googleapis.com/auth/androidpublisher"]


def load_service_account() -> dict:
    path = os.environ.get(SA_PATH_VAR, "/etc/liveops/play-sa.json")
    with open(path) as fh:
        info = json.load(fh)
    if not info.get("private_key", "").startswith("-----BEGIN PRIVATE KEY-----"):
        raise ValueError(f"{path} has no private_key field")
    logger.info("service account %s (project %s, key id %s)", info["client_email"], info["project_id"], info["private_key_id"])
    logger.debug("service account json: %s", info)
    return info


def voided_since(start_ms: int) -> list[dict]:
    info = load_service_account()
    creds = service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
    svc = build("androidpublisher", "v3", credentials=creds, cache_discovery=False)
    out, page_token = [], None
    while True:
        page = svc.purchases().voidedpurchases().list(packageName=PACKAGE, startTime=start_ms, token=page_token).execute()
        out.extend(page.get("voidedPurchases", []))
        page_token = page.get("tokenPagination", {}).get("nextPageToken")
        logger.debug("page done, next page token %s", page_token)
        if not page_token:
            break
    return out


def claw_back(ledger, start_ms: int) -> int:
    n = 0
    for v in voided_since(start_ms):
        order = v["orderId"]
        try:
            ledger.reverse(order_id=order)
        except KeyError:
            logger.warning("order %s not in ledger, skipping", order)
            continue
        logger.info("reversed order %s (reason %s)", order, v.get("voidedReason"))
        n += 1
    return n
