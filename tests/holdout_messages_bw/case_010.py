# Twitch EventSub webhook receiver: verifies signatures, posts LLM shoutouts
import hashlib
import hmac
import logging
import os

from flask import Flask, abort, request
import openai

app = Flask(__name__)
log = logging.getLogger("eventsub")

EVENTSUB_SECRET = os.environ["TWITCH_EVENTSUB_SECRET"].encode()
SIG_HEADER = "Twitch-Eventsub-Message-Signature"
openai.api_key = os.environ["OPENAI_API_KEY"]


def verify(req) -> bool:
    msg = (req.headers["Twitch-Eventsub-Message-Id"] + req.headers["Twitch-Eventsub-Message-Timestamp"]).encode() + req.get_data()
    expected = "sha256=" + hmac.new(EVENTSUB_SECRET, msg, hashlib.sha256).hexdigest()
    got = req.headers.get(SIG_HEADER, "")
    if not hmac.compare_digest(expected, got):
        log.warning("signature mismatch on header %s", SIG_HEADER)
        log.debug("message id %s", req.headers.get("Twitch-Eventsub-Message-Id"))
        return False
    return True


@app.post("/eventsub")
def eventsub():
    if not verify(request):
        abort(403)
    body = request.get_json()
    if body.get("subscription", {}).get("type") == "channel.raid":
        raider = body["event"]["from_broadcaster_user_name"]
        text = openai.chat.completions.create(
            model="gpt-4o-mini", max_tokens=60,
            messages=[{"role": "user", "content": f"Hype shoutout for raider {raider}"}],
        ).choices[0].message.content
        log.info("shoutout for %s: %s", raider, text)
    return "", 204


@app.get("/debug/config")
def debug_config():
    log.info("eventsub secret=%s", EVENTSUB_SECRET)
    log.info("openai configured=%s", openai.api_key is not None)
    return {"sig_header": SIG_HEADER}


@app.errorhandler(500)
def oops(e):
    log.error("500; openai key configured=%s", bool(openai.api_key))
    return {"error": "internal"}, 500
