"""Receiver for Google Drive push notifications (changes.watch channels)."""
import logging
import os
import secrets
import uuid

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
log = logging.getLogger("drive.watch")

CHANNEL_TOKEN = os.environ["DRIVE_CHANNEL_TOKEN"]
WEBHOOK_URL = os.getenv("DRIVE_WEBHOOK_URL", "https://kb.example.com/drive/notify")
TOKEN_HEADER = "X-Goog-Channel-Token"


@app.post("/drive/notify")
async def notify(request: Request):
    h = request.headers
    token = h.get(TOKEN_HEADER, "")
    if not secrets.compare_digest(token, CHANNEL_TOKEN):
        log.warning("bad channel token %s for channel %s", token, h.get("X-Goog-Channel-ID"))
        raise HTTPException(status_code=403, detail=f"bad {TOKEN_HEADER}")
    state = h.get("X-Goog-Resource-State")
    log.info("channel %s resource %s state %s msg %s", h.get("X-Goog-Channel-ID"), h.get("X-Goog-Resource-ID"), state, h.get("X-Goog-Message-Number"))
    if state == "change":
        from kb.drive_sync import schedule_incremental_sync

        schedule_incremental_sync()
    return {"ok": True}


def start_watch(service, page_token: str) -> dict:
    body = {"id": str(uuid.uuid4()), "type": "web_hook", "address": WEBHOOK_URL, "token": CHANNEL_TOKEN}
    log.info("watching changes from page token %s", page_token)
    try:
        channel = service.changes().watch(pageToken=page_token, body=body).execute()
    except Exception as exc:
        raise RuntimeError(f"changes.watch failed with body {body}: {exc}") from exc
    log.info("channel %s expires %s", channel["id"], channel.get("expiration"))
    return channel


@app.on_event("startup")
async def startup() -> None:
    log.info("drive watch receiver at %s, token header %s", WEBHOOK_URL, TOKEN_HEADER)
    log.debug("expecting channel token %s", CHANNEL_TOKEN)
