"""Ops endpoints: start a scan and text the on-call phone when it is queued."""
import logging
import os

from flask import Flask, jsonify, request
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client as TwilioClient
from modelred import ModelRed, APIError, Forbidden, ValidationFailed

app = Flask(__name__)
log = logging.getLogger("ops")

sid = os.environ["TWILIO_ACCOUNT_SID"]
auth_token = os.environ["TWILIO_AUTH_TOKEN"]
sms = TwilioClient(sid, auth_token)
mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)
ONCALL = os.environ.get("ONCALL_PHONE", "+15550100")
FROM = os.environ.get("TWILIO_FROM", "+15550199")


def notify(text: str) -> None:
    try:
        msg = sms.messages.create(to=ONCALL, from_=FROM, body=text)
        log.info("sms %s status %s", msg.sid, msg.status)
    except TwilioRestException as e:
        log.error("twilio %s (%s) with sid %s token %s", e.status, e.code, sid, auth_token)


@app.post("/ops/scan")
def start_scan():
    body = request.get_json(force=True)
    model_id = body.get("model_id", "")
    packs = body.get("probe_pack_ids") or ["pack_injection_v2"]
    try:
        a = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except ValidationFailed as e:
        log.info("rejected %s: %s", model_id, e)
        return jsonify(error="invalid model or packs"), 400
    except Forbidden:
        return jsonify(error="not allowed"), 403
    except APIError as e:
        return jsonify(error=str(e), status=e.status_code), 502
    notify(f"scan {a['id']} queued for {model_id}")
    return jsonify(id=a["id"]), 202


@app.get("/ops/whoami")
def whoami():
    return jsonify(account=sid, oncall=ONCALL[-4:], token_set=bool(auth_token))


if __name__ == "__main__":
    app.run(port=8088)
