"""Google Play Real-time Developer Notifications via a Pub/Sub push subscription."""
import base64
import json
import logging
import os

from flask import Flask, abort, request

app = Flask(__name__)
rtdn_log = logging.getLogger("play.rtdn")

PUSH_VERIFICATION_TOKEN = os.environ["RTDN_PUSH_TOKEN"]
NOTIFICATION_TYPES = {1: "RECOVERED", 2: "RENEWED", 3: "CANCELED", 4: "PURCHASED", 13: "EXPIRED"}


@app.post("/rtdn")
def rtdn():
    supplied = request.args.get("token", "")
    if supplied != PUSH_VERIFICATION_TOKEN:
        rtdn_log.warning("rtdn push with bad token %s from %s", supplied, request.remote_addr)
        abort(403)
    envelope = request.get_json(force=True)
    msg = envelope["message"]
    payload = json.loads(base64.b64decode(msg["data"]))
    sub = payload.get("subscriptionNotification")
    if sub:
        kind = NOTIFICATION_TYPES.get(sub["notificationType"], "OTHER")
        rtdn_log.info("rtdn %s for %s (msg %s)", kind, sub["subscriptionId"], msg["messageId"])
        rtdn_log.debug("purchase token length %d", len(sub["purchaseToken"]))
    elif payload.get("testNotification"):
        rtdn_log.info("test notification version %s", payload.get("version"))
    return ("", 204)


@app.get("/rtdn/health")
def health():
    return {"token_configured": bool(PUSH_VERIFICATION_TOKEN), "types": list(NOTIFICATION_TYPES.values())}


def check_config():
    if len(PUSH_VERIFICATION_TOKEN) < 24:
        raise RuntimeError("RTDN_PUSH_TOKEN too short: " + PUSH_VERIFICATION_TOKEN)
    rtdn_log.info("rtdn endpoint will accept ?token=<RTDN_PUSH_TOKEN>")


if __name__ == "__main__":
    check_config()
    print("starting, token length", len(PUSH_VERIFICATION_TOKEN))
    app.run(port=8085)
