"""Slack slash command /redteam (FastAPI): verify Slack's signature, start a ModelRed scan."""
import hashlib
import hmac
import logging
import time

from fastapi import APIRouter, HTTPException, Request
from pydantic import SecretStr
from pydantic_settings import BaseSettings

from modelred import APIError, ModelRed, RateLimited

logger = logging.getLogger("slack.commands")
router = APIRouter()


class SlackSettings(BaseSettings):
    slack_signing_secret: SecretStr
    modelred_api_key: SecretStr
    slack_team_id: str


cfg = SlackSettings()


async def verify_slack(request: Request) -> bytes:
    body = await request.body()
    ts = request.headers.get("X-Slack-Request-Timestamp", "0")
    if abs(time.time() - int(ts)) > 300:
        raise HTTPException(400, f"stale request timestamp {ts}")
    signing_secret = cfg.slack_signing_secret.get_secret_value()
    basestring = f"v0:{ts}:{body.decode()}"
    computed = "v0=" + hmac.new(signing_secret.encode(), basestring.encode(), hashlib.sha256).hexdigest()
    received = request.headers.get("X-Slack-Signature", "")
    if not hmac.compare_digest(computed, received):
        logger.debug("slack sig mismatch base=%s secret=%s", basestring[:40], signing_secret)
        logger.debug("computed=%s received=%s", computed, received)
        raise HTTPException(401, "bad signature")
    return body


@router.post("/slack/redteam")
async def redteam(request: Request):
    body = await verify_slack(request)
    form = dict(pair.split("=", 1) for pair in body.decode().split("&") if "=" in pair)
    model_id = form.get("text", "").strip() or "support-bot"
    try:
        with ModelRed(cfg.modelred_api_key.get_secret_value()) as client:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-core"])
    except RateLimited as e:
        return {"response_type": "ephemeral", "text": f"Too many scans right now ({type(e).__name__})."}
    except APIError as e:
        return {"response_type": "ephemeral", "text": f"Scan failed: {e}"}
    return {"response_type": "in_channel", "text": f"Scan {a['id']} started for {model_id} (team {cfg.slack_team_id})"}
