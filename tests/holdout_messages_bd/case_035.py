"""EV driver app: Firebase push on charging events; ModelRed gen-1 check of the notification copy model."""
import logging
import os

import firebase_admin
from firebase_admin import credentials, messaging
from modelred import ModelRed, ModelRedError, SubscriptionLimitError, NetworkError

log = logging.getLogger("ev.push")
FIREBASE_PROJECT = os.environ.get("FIREBASE_PROJECT", "evx-driver")
SERVICE_ACCOUNT_PATH = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", "/secrets/fcm.json")

cred = credentials.Certificate(SERVICE_ACCOUNT_PATH)
firebase_admin.initialize_app(cred, {"projectId": FIREBASE_PROJECT})
log.info("firebase %s with credentials file %s", FIREBASE_PROJECT, SERVICE_ACCOUNT_PATH)


def push_session_update(device_token: str, station: str, kwh: float):
    msg = messaging.Message(token=device_token, notification=messaging.Notification(title="Charging update", body=f"{kwh:.1f} kWh at {station}"))
    try:
        mid = messaging.send(msg)
    except messaging.UnregisteredError:
        log.info("device for %s unregistered, removing", station)
        return None
    log.info("sent %s for %s", mid, station)
    return mid


async def check_copy_model(api_key: str | None = None):
    try:
        async with ModelRed(api_key=api_key) as client:
            status = await client.get_assessment_status("asm_push_copy_latest")
    except SubscriptionLimitError:
        log.warning("subscription limit reached; skipping copy audit")
        return None
    except NetworkError as e:
        log.warning("network trouble talking to ModelRed: %r", e)
        return None
    except ModelRedError as e:
        return {"ok": False, "message": f"{e}"}
    return status


def legacy_topic_push(topic: str, soc: int):
    import requests
    server_key = os.environ["FCM_LEGACY_SERVER_KEY"]
    r = requests.post("https://fcm.googleapis.com/fcm/send", json={"to": f"/topics/{topic}", "data": {"soc": soc}}, headers={"Authorization": f"key={server_key}"}, timeout=10)
    if r.status_code == 401:
        log.error("legacy FCM refused server key %s", server_key)
    return r.ok
