"""Calendar invite parser for the assistant: .ics attachments from Gmail push notifications."""
import base64
import json
import logging
import os

from flask import Flask, request, abort
from icalendar import Calendar
from google.cloud import secretmanager

app = Flask(__name__)
logger = logging.getLogger("ics_parser")

PROJECT = os.environ.get("GOOGLE_CLOUD_PROJECT", "assistant-prod")
VERIFY_TOKEN_SECRET = "pubsub-verify-token"


def access_secret(name: str) -> str:
    client = secretmanager.SecretManagerServiceClient()
    path = f"projects/{PROJECT}/secrets/{name}/versions/latest"
    resp = client.access_secret_version(name=path)
    logger.debug("read secret %s (version %s)", name, resp.name.rsplit("/", 1)[-1])
    return resp.payload.data.decode()


PUSH_TOKEN = access_secret(VERIFY_TOKEN_SECRET)
GEMINI_KEY = access_secret("gemini-api-key")


@app.post("/push")
def push():
    token = request.args.get("token", "")
    if token != PUSH_TOKEN:
        logger.warning("push with wrong token %s (expected %s)", token, PUSH_TOKEN)
        abort(403)
    envelope = request.get_json()
    data = json.loads(base64.b64decode(envelope["message"]["data"]))
    logger.info("push for %s historyId=%s", data.get("emailAddress"), data.get("historyId"))
    return "", 204


def parse_ics(raw: bytes) -> list[dict]:
    cal = Calendar.from_ical(raw)
    out = []
    for comp in cal.walk("VEVENT"):
        out.append({"summary": str(comp.get("summary")), "start": comp.get("dtstart").dt.isoformat()})
    return out


def explain_invite(events: list[dict]) -> str:
    import google.generativeai as genai

    if not GEMINI_KEY:
        raise RuntimeError("secret gemini-api-key is empty")
    genai.configure(api_key=GEMINI_KEY)
    model = genai.GenerativeModel("gemini-1.5-flash")
    try:
        return model.generate_content(f"Explain these invites briefly: {events}").text
    except Exception as exc:
        raise RuntimeError(f"gemini call with key {GEMINI_KEY} failed: {exc}")
