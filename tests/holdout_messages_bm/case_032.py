"""Zoom recording webhook -> transcript summary -> Notion meeting page (Starlette)."""
import hashlib
import hmac
import logging
import os

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("zoom_notes")

ZOOM_SECRET_TOKEN = os.environ["ZOOM_WEBHOOK_SECRET_TOKEN"]
ZOOM_ACCOUNT_ID = os.environ.get("ZOOM_ACCOUNT_ID")
NOTION_KEY = os.environ["NOTION_API_KEY"]
ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]


async def zoom_hook(request: Request) -> JSONResponse:
    body = await request.json()
    if body.get("event") == "endpoint.url_validation":
        plain = body["payload"]["plainToken"]
        enc = hmac.new(ZOOM_SECRET_TOKEN.encode(), plain.encode(), hashlib.sha256).hexdigest()
        log.info("url validation for account %s", ZOOM_ACCOUNT_ID)
        return JSONResponse({"plainToken": plain, "encryptedToken": enc})
    if body.get("event") != "recording.transcript_completed":
        return JSONResponse({"ignored": True})
    download_token = body.get("download_token")
    files = body["payload"]["object"]["recording_files"]
    url = next(f["download_url"] for f in files if f["file_type"] == "TRANSCRIPT")
    async with httpx.AsyncClient(timeout=30) as http:
        r = await http.get(url, headers={"Authorization": f"Bearer {download_token}"})
        if r.status_code != 200:
            log.error("transcript download %s failed with token %s", r.status_code, download_token)
            return JSONResponse({"ok": False}, status_code=502)
        summary = await summarise(http, r.text)
        await save(http, body["payload"]["object"]["topic"], summary)
    return JSONResponse({"ok": True})


async def summarise(http: httpx.AsyncClient, transcript: str) -> str:
    h = {"x-api-key": ANTHROPIC_KEY, "anthropic-version": "2023-06-01"}
    r = await http.post("https://api.anthropic.com/v1/messages", headers=h, json={"model": "claude-3-5-haiku-latest", "max_tokens": 700, "messages": [{"role": "user", "content": transcript[:60000]}]})
    if r.status_code >= 400:
        log.error("anthropic %s: %s", r.status_code, r.json().get("error", {}).get("message"))
        log.debug("request headers were %s", h)
    return r.json()["content"][0]["text"]


async def save(http: httpx.AsyncClient, topic: str, summary: str) -> None:
    r = await http.post("https://api.notion.com/v1/pages", headers={"Authorization": f"Bearer {NOTION_KEY}", "Notion-Version": "2022-06-28"}, json={"parent": {"database_id": os.environ["NOTION_MEETINGS_DB"]}, "properties": {"Name": {"title": [{"text": {"content": topic}}]}}})
    log.info("notion page for %r -> %s", topic, r.status_code)


app = Starlette(routes=[Route("/zoom", zoom_hook, methods=["POST"])])
