"""Google Play Real-time Developer Notifications (Pub/Sub push) -> subscription state + LLM credits."""
import base64
import json
import logging
import os

from flask import Flask, request
from google.auth.transport import requests as g_requests
from google.oauth2 import id_token

app = Flask(__name__)
rtdn_log = logging.getLogger("rtdn")

AUDIENCE = os.environ["RTDN_AUDIENCE"]
PUSH_SA = os.environ.get("RTDN_PUSH_SA", "pubsub-push@example.iam.gserviceaccount.com")


@app.post("/rtdn")
def rtdn():
    bearer = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = id_token.verify_oauth2_token(bearer, g_requests.Request(), audience=AUDIENCE)
    except ValueError as exc:
        rtdn_log.warning("pubsub push token rejected (%s): %s", exc, bearer)
        return "", 401
    if claims.get("email") != PUSH_SA:
        rtdn_log.warning("unexpected push sender %s", claims.get("email"))
        return "", 403
    envelope = request.get_json()
    data = json.loads(base64.b64decode(envelope["message"]["data"]))
    sub = data.get("subscriptionNotification")
    if sub:
        purchase_token = sub["purchaseToken"]
        rtdn_log.info("sub %s type %s", sub.get("subscriptionId"), sub.get("notificationType"))
        rtdn_log.debug("purchase token hash %s", hash(purchase_token) & 0xFFFF)
        handle_subscription(sub["subscriptionId"], purchase_token, sub["notificationType"])
    return "", 204


def handle_subscription(sub_id: str, purchase_token: str, kind: int) -> None:
    if kind == 3:
        rtdn_log.info("cancel: %s", sub_id)
    elif kind not in (1, 2, 4, 7):
        raise ValueError(f"unhandled notification {kind} for {sub_id}")
