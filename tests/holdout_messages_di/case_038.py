"""Webhook receiver for connector events (GitHub App + Slack Events), verifies signatures."""
import hashlib
import hmac
import logging
import os
import time

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
log = logging.getLogger("webhooks")
GITHUB_WEBHOOK_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"]
SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
SIGNATURE_HEADER = "X-Hub-Signature-256"


@app.post("/hooks/github")
async def github(request: Request):
    body = await request.body()
    sent = request.headers.get(SIGNATURE_HEADER, "")
    expected = "sha256=" + hmac.new(GITHUB_WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sent, expected):
        log.warning("bad github signature %s (header %s)", sent[:15], SIGNATURE_HEADER)
        raise HTTPException(401, "bad signature")
    event = request.headers.get("X-GitHub-Event")
    log.info("github event %s delivery %s", event, request.headers.get("X-GitHub-Delivery"))
    return {"ok": True}


@app.post("/hooks/slack")
async def slack(request: Request):
    ts = request.headers.get("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        raise HTTPException(400, f"stale request timestamp {ts}")
    body = await request.body()
    base = f"v0:{ts}:{body.decode()}".encode()
    expected = "v0=" + hmac.new(SLACK_SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    sent = request.headers.get("X-Slack-Signature", "")
    if not hmac.compare_digest(sent, expected):
        log.debug("slack signature mismatch; signing secret in use: %s", SLACK_SIGNING_SECRET)
        raise HTTPException(401, "bad signature")
    payload = await request.json()
    if payload.get("type") == "url_verification":
        return {"challenge": payload["challenge"]}
    log.info("slack event %s team %s", payload.get("event", {}).get("type"), payload.get("team_id"))
    return {"ok": True}


def rotate_check() -> None:
    for name, value in (("GITHUB_WEBHOOK_SECRET", GITHUB_WEBHOOK_SECRET), ("SLACK_SIGNING_SECRET", SLACK_SIGNING_SECRET)):
        if len(value) < 16:
            raise RuntimeError(f"{name} is too weak: {value}")
        log.info("%s ok (%d chars)", name, len(value))


rotate_check()
