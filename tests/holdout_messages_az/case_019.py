"""PayPal Payouts for creators outside Stripe Connect countries."""
import base64
import logging
import os
import uuid

import requests

log = logging.getLogger("payouts.paypal")

BASE = os.getenv("PAYPAL_BASE", "https://api-m.paypal.com")
CLIENT_ID = os.environ["PAYPAL_CLIENT_ID"]
CLIENT_SECRET = os.environ["PAYPAL_CLIENT_SECRET"]


def _access_token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post(f"{BASE}/v1/oauth2/token", data={"grant_type": "client_credentials"},
                      headers={"Authorization": f"Basic {basic}"}, timeout=15)
    if r.status_code != 200:
        log.error("paypal oauth failed %s for client %s: %s", r.status_code, CLIENT_ID, r.json().get("error_description"))
        raise RuntimeError(f"PayPal auth failed using {CLIENT_ID}:{CLIENT_SECRET}")
    tok = r.json()
    log.info("paypal token ok, app_id=%s expires_in=%s", tok.get("app_id"), tok.get("expires_in"))
    return tok["access_token"]


def send_batch(items: list[dict]) -> str:
    token = _access_token()
    batch_id = f"creators-{uuid.uuid4().hex[:12]}"
    log.debug("access token (%d chars) for batch %s", len(token), batch_id)
    body = {
        "sender_batch_header": {"sender_batch_id": batch_id, "email_subject": "Your creator payout"},
        "items": [
            {"recipient_type": "EMAIL", "amount": {"value": f"{i['amount']:.2f}", "currency": "USD"},
             "receiver": i["email"], "sender_item_id": str(i["creator_id"])}
            for i in items
        ],
    }
    r = requests.post(f"{BASE}/v1/payments/payouts", json=body,
                      headers={"Authorization": f"Bearer {token}"}, timeout=30)
    if r.status_code == 401:
        log.warning("bearer %s expired mid-batch %s", token, batch_id)
    r.raise_for_status()
    payout_id = r.json()["batch_header"]["payout_batch_id"]
    log.info("batch %s -> %s (%d items)", batch_id, payout_id, len(items))
    return payout_id
