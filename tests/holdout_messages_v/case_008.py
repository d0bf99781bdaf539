"""Slack slash-command endpoint for the assistant (aiohttp), with request signing."""

import hashlib
import hmac
import logging
import os
import time

from aiohttp import web

log = logging.getLogger("slack.commands")
routes = web.RouteTableDef()


class SlackSignatureError(Exception):
    def __init__(self, message: str, *, timestamp: str = "", signature: str = ""):
        super().__init__(message)
        self.timestamp = timestamp
        self.signature = signature


def _signing_secret() -> str:
    return os.environ["SLACK_SIGNING_SECRET"]


def verify(body: bytes, timestamp: str, signature: str) -> None:
    secret = _signing_secret()
    if abs(time.time() - int(timestamp)) > 300:
        raise SlackSignatureError("stale request", timestamp=timestamp, signature=signature)
    base = f"v0:{timestamp}:{body.decode()}".encode()
    computed = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(computed, signature):
        raise SlackSignatureError(f"signature {signature} != {computed}")
    if secret.startswith("xoxb-"):
        raise SlackSignatureError(f"SLACK_SIGNING_SECRET holds a bot token: {secret}")


@routes.post("/slack/commands")
async def command(request: web.Request) -> web.Response:
    body = await request.read()
    ts = request.headers.get("X-Slack-Request-Timestamp", "0")
    sig = request.headers.get("X-Slack-Signature", "")
    try:
        verify(body, ts, sig)
    except SlackSignatureError as exc:
        log.warning("rejected slash command: %s (ts=%s)", exc, exc.timestamp)
        return web.json_response({"text": "request could not be verified"}, status=401)
    form = await request.post()
    log.info("command %s from user %s in team %s", form.get("command"), form.get("user_id"), form.get("team_id"))
    bot_token = os.environ["SLACK_BOT_TOKEN"]
    log.debug("replying with bot token %s", bot_token)
    return web.json_response({"response_type": "ephemeral", "text": "working on it"})
