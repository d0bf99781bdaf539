"""aiohttp webhook receiver for Guesty reservation events, with an LLM welcome-note writer."""
import hashlib
import hmac
import logging
import os

from aiohttp import web
from openai import AsyncOpenAI
from modelred import AsyncModelRed, APIError, ServerError

access_log = logging.getLogger("guesty.webhooks")
WEBHOOK_SECRET = os.environ.get("GUESTY_WEBHOOK_SECRET", "")
SIGNATURE_HEADER = "X-Guesty-Signature-V2"
oai = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])


def verify(raw: bytes, signature: str) -> bool:
    digest = hmac.new(WEBHOOK_SECRET.encode(), raw, hashlib.sha256).hexdigest()
    ok = hmac.compare_digest(digest, signature or "")
    if not ok:
        access_log.warning("signature mismatch: got %s expected %s using secret %s", signature, digest[:8], WEBHOOK_SECRET)
    return ok


async def reservation_event(request: web.Request):
    raw = await request.read()
    if not verify(raw, request.headers.get(SIGNATURE_HEADER, "")):
        access_log.info("rejected event, header name %s", SIGNATURE_HEADER)
        return web.json_response({"error": "bad signature"}, status=401)
    event = await request.json()
    res = event.get("reservation", {})
    note = await oai.chat.completions.create(model="gpt-4o-mini", max_tokens=200, messages=[{"role": "user", "content": f"Write a short welcome note for {res.get('guest', {}).get('firstName')} arriving {res.get('checkIn')}"}])
    access_log.info("welcome note for %s: %d tokens", res.get("_id"), note.usage.total_tokens)
    return web.json_response({"ok": True})


async def scan_note_writer(request: web.Request):
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = await mr.create_assessment(model_id="welcome-writer", probe_pack_ids=["pii-leak"])
        except ServerError as e:
            access_log.error("modelred 5xx: %s", e)
            return web.json_response({"error": "scanner unavailable"}, status=503)
        except APIError as e:
            return web.json_response({"error": "scan rejected", "status": getattr(e, "status_code", None)}, status=400)
    return web.json_response({"assessment": a["id"]})


app = web.Application()
app.add_routes([web.post("/guesty/reservations", reservation_event), web.post("/scan", scan_note_writer)])

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(app, port=8088)
