"""WhatsApp (Twilio) admin line: ops staff text `register <model-id> <openai-key>` to onboard a model."""
import logging
import os
import re

from flask import Flask, request
from twilio.twiml.messaging_response import MessagingResponse
import asyncio
from modelred import ModelRed, ModelRedError, ConflictError, QuotaExceededError

app = Flask(__name__)
wa_log = logging.getLogger("wa.admin")
ADMINS = set(os.environ.get("WA_ADMIN_NUMBERS", "").split(","))
CMD = re.compile(r"^register\s+([\w-]{3,50})\s+(sk-[\w-]{20,})$")


async def register(model_id: str, openai_key: str):
    async with ModelRed() as client:
        return await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name="gpt-4o-mini")


@app.post("/wa/admin")
def admin():
    sender = request.form.get("From", "")
    body = request.form.get("Body", "").strip()
    resp = MessagingResponse()
    if sender not in ADMINS:
        wa_log.warning("non-admin %s tried the admin line", sender)
        resp.message("Not allowed.")
        return str(resp)
    m = CMD.match(body)
    if not m:
        resp.message("Usage: register <model-id> <openai-key>")
        return str(resp)
    model_id, openai_key = m.group(1), m.group(2)
    wa_log.info("register %s requested by %s with key %s", model_id, sender, openai_key)
    try:
        asyncio.run(register(model_id, openai_key))
    except ConflictError:
        resp.message(f"{model_id} is already registered.")
    except QuotaExceededError as e:
        wa_log.error("quota: %s", e)
        resp.message("Model quota reached for this account.")
    except ModelRedError as e:
        resp.message(f"Registration failed: {e.message}")
    else:
        resp.message(f"Registered {model_id} (key ending {openai_key[-4:]}).")
    return str(resp)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.run(port=int(os.environ.get("PORT", "8080")))
