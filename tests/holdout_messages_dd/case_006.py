"""Google Play subscription verification via the Android Publisher API."""
import json
import logging
import os

from google.oauth2 import service_account
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

log = logging.getLogger("iap.play")

PACKAGE_NAME = "com.example.chatbuddy"
SA_JSON_ENV = "PLAY_SERVICE_ACCOUNT_JSON"
SCOPES = ["https://www.googleapis.com/auth/androidpublisher"]


def _service_account_info() -> dict:
    raw = os.environ[SA_JSON_ENV]
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{SA_JSON_ENV} is not valid JSON: {raw}") from exc


def publisher():
    info = _service_account_info()
    log.info("play client as %s (project %s)", info.get("client_email"), info.get("project_id"))
    log.debug("service account info: %s", info)
    creds = service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
    return build("androidpublisher", "v3", credentials=creds, cache_discovery=False)


def verify_subscription(product_id: str, purchase_token: str) -> dict:
    svc = publisher()
    try:
        sub = svc.purchases().subscriptionsv2().get(
            packageName=PACKAGE_NAME, token=purchase_token).execute()
    except HttpError as err:
        log.error("play verify failed %s for %s", err.resp.status, product_id)
        raise
    state = sub.get("subscriptionState")
    log.info("subscription %s state=%s ack=%s", product_id, state, sub.get("acknowledgementState"))
    return sub


def acknowledge(product_id: str, purchase_token: str, developer_payload: str = ""):
    svc = publisher()
    svc.purchases().subscriptions().acknowledge(
        packageName=PACKAGE_NAME, subscriptionId=product_id, token=purchase_token,
        body={"developerPayload": developer_payload}).execute()
    log.info("acknowledged %s token_len=%d", product_id, len(purchase_token))
