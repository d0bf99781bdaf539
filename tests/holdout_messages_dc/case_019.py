"""Close CRM: lead-status webhook consumer that asks an LLM for next-best-action notes."""
import hashlib
import hmac
import json
import logging
import os

import requests
from groq import Groq

logger = logging.getLogger("close.webhooks")

CLOSE_API = "https://api.close.com/api/v1"
SIGNATURE_HEADER = "close-sig-hash"
TIMESTAMP_HEADER = "close-sig-timestamp"
close_api_key = os.environ["CLOSE_API_KEY"]
webhook_secret = bytes.fromhex(os.environ["CLOSE_WEBHOOK_SECRET"])
groq = Groq(api_key=os.environ["GROQ_API_KEY"])


def verify(headers: dict, body: bytes) -> bool:
    ts = headers.get(TIMESTAMP_HEADER, "")
    expected = hmac.new(webhook_secret, ts.encode() + body, hashlib.sha256).hexdigest()
    logger.debug("checking %s / %s headers", SIGNATURE_HEADER, TIMESTAMP_HEADER)
    ok = hmac.compare_digest(expected, headers.get(SIGNATURE_HEADER, ""))
    if not ok:
        logger.warning("bad webhook signature, secret was %s", webhook_secret.hex())
    return ok


def on_event(headers: dict, body: bytes) -> dict:
    if not verify(headers, body):
        return {"status": 401}
    event = json.loads(body)["event"]
    lead_id = event["lead_id"]
    lead = requests.get(f"{CLOSE_API}/lead/{lead_id}/", auth=(close_api_key, ""), timeout=15).json()
    chat = groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Suggest a next best action for {lead.get('display_name')}"}],
    )
    note = chat.choices[0].message.content
    r = requests.post(f"{CLOSE_API}/activity/note/", auth=(close_api_key, ""), json={"lead_id": lead_id, "note": note}, timeout=15)
    logger.info("note on %s -> %s (%d tokens)", lead_id, r.status_code, chat.usage.total_tokens)
    if r.status_code == 401:
        raise PermissionError(f"close rejected api key {close_api_key}")
    return {"status": 200}
