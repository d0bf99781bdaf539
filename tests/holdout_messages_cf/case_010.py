"""Celery tasks that refresh Opera Cloud (OHIP) tokens and sync in-house guests."""
import logging
import os

import requests
from celery import shared_task
from celery.utils.log import get_task_logger

task_log = get_task_logger(__name__)
audit = logging.getLogger("ohip.audit")

OHIP_HOST = os.getenv("OHIP_HOST", "https://ohip.example-hotel.com")
APP_KEY = os.environ.get("OHIP_APP_KEY", "")
TOKEN_URL_PATH = "/oauth/v1/tokens"


def fetch_token():
    resp = requests.post(
        OHIP_HOST + TOKEN_URL_PATH,
        data={"username": os.environ["OHIP_USER"], "password": os.environ["OHIP_PASSWORD"], "grant_type": "password"},
        headers={"x-app-key": APP_KEY},
        auth=(os.environ["OHIP_CLIENT_ID"], os.environ["OHIP_CLIENT_SECRET"]),
        timeout=20,
    )
    resp.raise_for_status()
    tok = resp.json()
    audit.info("ohip token type %s, expires in %s, scope %s", tok.get("token_type"), tok.get("expires_in"), tok.get("scope"))
    return tok["access_token"]


@shared_task(bind=True, max_retries=5)
def sync_in_house(self, hotel_id):
    token = fetch_token()
    task_log.debug("using bearer %s for hotel %s", token, hotel_id)
    r = requests.get(
        f"{OHIP_HOST}/rsv/v1/hotels/{hotel_id}/reservations",
        params={"reservationStatus": "InHouse", "limit": 200},
        headers={"Authorization": f"Bearer {token}", "x-app-key": APP_KEY, "x-hotelid": hotel_id},
        timeout=30,
    )
    if r.status_code == 429:
        raise self.retry(countdown=60)
    if r.status_code >= 400:
        task_log.error("ohip %s for hotel %s: %s", r.status_code, hotel_id, r.text[:300])
        return 0
    rows = r.json().get("reservations", {}).get("reservationInfo", [])
    task_log.info("hotel %s: %d in-house guests", hotel_id, len(rows))
    return len(rows)


@shared_task
def check_app_key():
    if len(APP_KEY) != 36:
        audit.warning("OHIP app key looks malformed (%d chars, starts %s)", len(APP_KEY), APP_KEY[:4])
    else:
        audit.info("OHIP app key present (%d chars)", len(APP_KEY))
