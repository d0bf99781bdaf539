"""DJI Cloud API webhook receiver (FastAPI) with an LLM incident summariser."""
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from anthropic import AsyncAnthropic

app = FastAPI()
log = logging.getLogger("dji.webhook")

WEBHOOK_SECRET = os.environ["DJI_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "X-DJI-Signature"
claude = AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])


def verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@app.post("/dji/events")
async def events(request: Request, x_dji_signature: str = Header(default="")):
    body = await request.body()
    if not verify(body, x_dji_signature):
        log.warning("bad signature header %s (len %d)", SIGNATURE_HEADER, len(x_dji_signature))
        raise HTTPException(status_code=401, detail=f"signature mismatch, expected HMAC with {WEBHOOK_SECRET}")
    event = await request.json()
    if event.get("method") == "hms_event":
        msg = await claude.messages.create(
            model="claude-3-5-haiku-latest", max_tokens=300,
            messages=[{"role": "user", "content": f"Summarise this DJI HMS alert for a pilot: {event}"}],
        )
        log.info("summary (%d output tokens): %s", msg.usage.output_tokens, msg.content[0].text)
    return {"ok": True}


@app.get("/dji/debug")
async def debug():
    digest = hashlib.sha256(WEBHOOK_SECRET.encode()).hexdigest()[:8]
    log.info("webhook secret fingerprint %s", digest)
    log.debug("webhook secret raw=%r", WEBHOOK_SECRET)
    return {"fingerprint": digest}
