"""RSS feed validator + AI episode descriptions for a podcast host (Starlette)."""
import logging
import os
import xml.etree.ElementTree as ET

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from mistralai import Mistral

log = logging.getLogger("rsscheck")
mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"


async def validate(request: Request):
    data = await request.json()
    feed_url = data["feed_url"]
    auth = data.get("basic_auth")  # {"user": ..., "password": ...} for private feeds
    kw = {"auth": (auth["user"], auth["password"])} if auth else {}
    async with httpx.AsyncClient(timeout=15) as c:
        r = await c.get(feed_url, **kw)
    if r.status_code != 200:
        log.warning("feed %s returned %s for user %s", feed_url, r.status_code, auth and auth["user"])
        return JSONResponse({"ok": False, "status": r.status_code})
    if auth:
        log.debug("private feed fetched with password %s", auth["password"])
    root = ET.fromstring(r.content)
    channel = root.find("channel")
    problems = []
    if channel.find(f"{ITUNES}image") is None:
        problems.append("missing itunes:image")
    if channel.find(f"{ITUNES}category") is None:
        problems.append("missing itunes:category")
    return JSONResponse({"ok": not problems, "problems": problems, "items": len(channel.findall("item"))})


async def describe(request: Request):
    data = await request.json()
    resp = mistral.chat.complete(model="mistral-small-latest", max_tokens=300,
                                 messages=[{"role": "user", "content": f"Episode description for: {data['title']}\n{data.get('notes', '')}"}])
    log.info("describe usage %s", resp.usage.total_tokens)
    return JSONResponse({"description": resp.choices[0].message.content})


async def admin(request: Request):
    supplied = request.headers.get("x-admin-key", "")
    if supplied != os.environ["RSSCHECK_ADMIN_KEY"]:
        raise PermissionError("admin key mismatch: %r" % supplied)
    return JSONResponse({"feeds_checked": 0})


app = Starlette(routes=[Route("/validate", validate, methods=["POST"]),
                        Route("/describe", describe, methods=["POST"]),
                        Route("/admin", admin)])
