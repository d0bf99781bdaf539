"""Twilio Flex: mint Voice/Conversations access tokens for agents signed in through SSO."""
import logging
import os

from flask import Flask, abort, jsonify, request
from twilio.jwt.access_token import AccessToken
from twilio.jwt.access_token.grants import ChatGrant, VoiceGrant

app = Flask(__name__)
audit = logging.getLogger("flex.tokens.audit")

ACCOUNT_SID = os.environ["TWILIO_ACCOUNT_SID"]
API_KEY_SID = os.environ["TWILIO_API_KEY_SID"]
API_KEY_SECRET = os.environ["TWILIO_API_KEY_SECRET"]
TWIML_APP_SID = os.environ["TWIML_APP_SID"]
CONVERSATIONS_SERVICE_SID = os.environ["CONVERSATIONS_SERVICE_SID"]
TOKEN_TTL = 3600


def agent_from_session() -> str:
    sso = request.headers.get("X-SSO-Session", "")
    if not sso:
        abort(401)
    return request.headers.get("X-Agent-Email", "unknown")


@app.get("/flex/token")
def flex_token():
    identity = agent_from_session()
    builder = AccessToken(ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET, identity=identity, ttl=TOKEN_TTL)
    builder.add_grant(VoiceGrant(outgoing_application_sid=TWIML_APP_SID, incoming_allow=True))
    builder.add_grant(ChatGrant(service_sid=CONVERSATIONS_SERVICE_SID))
    access_token = builder.to_jwt()
    audit.info("issued token to %s ttl=%s app=%s", identity, TOKEN_TTL, TWIML_APP_SID)
    audit.debug("jwt for %s: %s", identity, access_token)
    return jsonify(identity=identity, token=access_token)


@app.get("/flex/health")
def health():
    missing = [n for n in ("TWILIO_API_KEY_SID", "TWILIO_API_KEY_SECRET") if not os.environ.get(n)]
    audit.info("health: missing=%s", missing)
    return jsonify(ok=not missing, account=ACCOUNT_SID, ttl=TOKEN_TTL)


@app.errorhandler(500)
def on_error(err):
    print(f"token endpoint crashed, signing secret {API_KEY_SECRET}", flush=True)
    return jsonify(error="internal"), 500


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "5055")))
