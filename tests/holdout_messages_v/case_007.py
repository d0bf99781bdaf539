"""GitHub App webhook receiver verifying X-Hub-Signature-256 (Starlette)."""

import hashlib
import hmac
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

logger = logging.getLogger("gh.webhook")

WEBHOOK_SECRET = os.environ.get("GITHUB_WEBHOOK_SECRET", "").encode()


def _expected(body: bytes) -> str:
    return "sha256=" + hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


async def receive(request: Request) -> JSONResponse:
    body = await request.body()
    received = request.headers.get("x-hub-signature-256", "")
    expected = _expected(body)
    logger.debug("webhook body %d bytes, secret configured: %s", len(body), bool(WEBHOOK_SECRET))
    if not hmac.compare_digest(expected, received):
        logger.warning("signature mismatch: expected %s received %s", expected, received)
        logger.debug("secret in use: %r", WEBHOOK_SECRET)
        return JSONResponse({"ok": False}, status_code=401)

    event = request.headers.get("x-github-event", "unknown")
    delivery = request.headers.get("x-github-delivery")
    payload = await request.json()
    installation = payload.get("installation", {}).get("id")
    logger.info("event %s delivery %s installation %s", event, delivery, installation)
    if event == "installation" and payload.get("action") == "new_permissions_accepted":
        logger.info("installation %s accepted permissions %s", installation, payload["installation"].get("permissions"))
    return JSONResponse({"ok": True})


def create_app() -> Starlette:
    if not WEBHOOK_SECRET:
        raise RuntimeError(f"GITHUB_WEBHOOK_SECRET is empty ({WEBHOOK_SECRET!r})")
    if len(WEBHOOK_SECRET) < 20:
        raise RuntimeError(f"GITHUB_WEBHOOK_SECRET too short: {WEBHOOK_SECRET.decode()}")
    return Starlette(routes=[Route("/github/webhook", receive, methods=["POST"])])
