"""Slack slash command `/redscan <model>` for the live-ops channel (generation 1 SDK)."""
import asyncio
import hashlib
import hmac
import logging
import os
import time

from flask import Flask, request
from modelred import ModelRed, ModelRedError, ModelNotFoundError

app = Flask(__name__)
log = logging.getLogger("liveops.slack")

SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]


def _verified(req) -> bool:
    ts = req.headers.get("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        log.warning("stale slack request ts=%s", ts)
        return False
    base = f"v0:{ts}:{req.get_data(as_text=True)}".encode()
    mine = "v0=" + hmac.new(SLACK_SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mine, req.headers.get("X-Slack-Signature", ""))


async def _scan(model_id: str) -> dict:
    async with ModelRed() as client:
        return await client.run_assessment(model_id=model_id, test_suites=["basic_security", "jailbreak"])


@app.post("/slack/redscan")
def redscan():
    if not _verified(request):
        log.error("slack signature mismatch; signing secret %s", SLACK_SIGNING_SECRET)
        return "", 401
    model_id = (request.form.get("text") or "").strip() or "npc-dialogue-tavern"
    user = request.form.get("user_name")
    log.info("%s requested scan of %s", user, model_id)
    try:
        res = asyncio.run(_scan(model_id))
    except ModelNotFoundError:
        return {"response_type": "ephemeral", "text": f"`{model_id}` is not registered in ModelRed."}
    except ModelRedError as err:
        log.error("scan failed: %s", type(err).__name__)
        return {"response_type": "in_channel", "text": f"ModelRed said: {err}"}
    return {"response_type": "in_channel", "text": f"Scan `{res['assessment_id']}` started for `{model_id}`."}


@app.get("/healthz")
def healthz():
    return {"ok": True, "signing_secret_set": bool(SLACK_SIGNING_SECRET), "slack_token_env": "SLACK_BOT_TOKEN"}
