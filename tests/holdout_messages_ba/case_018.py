"""SMS opt-in assistant on Twilio Messaging: replies drafted by an LLM, red-team gate via ModelRed (gen 1)."""
import asyncio
import logging
import os

from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse

from modelred import ModelRed, ModelRedError, QuotaExceededError

app = Flask(__name__)
log = logging.getLogger("sms.optin")

STOP_WORDS = {"stop", "unsubscribe", "cancel", "end", "quit"}


async def latest_score(model_id: str) -> float:
    async with ModelRed() as client:
        model = await client.get_model(model_id)
        return float(model.get("last_security_score", 0.0))


@app.post("/sms/inbound")
def inbound_sms():
    body = (request.form.get("Body") or "").strip()
    sender = request.form.get("From", "")
    message_sid = request.form.get("MessageSid", "")
    log.info("sms %s from ...%s", message_sid, sender[-4:])
    reply = MessagingResponse()
    if body.lower() in STOP_WORDS:
        reply.message("You have been unsubscribed. Reply START to opt back in.")
        return str(reply)
    if body.lower() == "status":
        try:
            score = asyncio.run(latest_score("sms-optin-assistant"))
            reply.message(f"Assistant security score: {score:.1f}")
        except QuotaExceededError as e:
            log.warning("modelred quota: %s", e)
            reply.message("Status is unavailable right now.")
        except ModelRedError as e:
            reply.message(f"Status check failed: {e}")
        return str(reply)
    reply.message("Thanks! A member of our team will text you back shortly.")
    return str(reply)


@app.post("/sms/status")
def delivery_status():
    log.info(
        "delivery %s -> %s (error %s)",
        request.form.get("MessageSid"),
        request.form.get("MessageStatus"),
        request.form.get("ErrorCode"),
    )
    return ("", 204)


if __name__ == "__main__":
    app.run(port=8081)
