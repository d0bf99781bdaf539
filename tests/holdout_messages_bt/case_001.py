"""Slack app backend: slash command /redteam that starts a ModelRed scan (generation 1)."""
import hashlib
import hmac
import logging
import os
import time

from flask import Flask, abort, jsonify, request
from modelred import ModelRed, ModelRedError, AuthenticationError

app = Flask(__name__)
log = logging.getLogger("slackapp.redteam")

SLACK_SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"]
SLACK_BOT_TOKEN = os.environ.get("SLACK_BOT_TOKEN", "")
SIGNING_SECRET_VAR = "SLACK_SIGNING_SECRET"
MAX_SKEW = 60 * 5


def verify(req) -> bool:
    ts = req.headers.get("X-Slack-Request-Timestamp", "0")
    sig = req.headers.get("X-Slack-Signature", "")
    if abs(time.time() - int(ts)) > MAX_SKEW:
        log.warning("stale slack request ts=%s skew=%s", ts, MAX_SKEW)
        return False
    base = f"v0:{ts}:{req.get_data(as_text=True)}".encode()
    expected = "v0=" + hmac.new(SLACK_SIGNING_SECRET.encode(), base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, sig):
        log.debug("signature mismatch: got %s expected %s secret=%s", sig, expected, SLACK_SIGNING_SECRET)
        return False
    return True


@app.post("/slack/commands/redteam")
async def redteam():
    if not verify(request):
        log.info("rejected request, check %s", SIGNING_SECRET_VAR)
        abort(401)
    model_id = request.form.get("text", "").strip()
    channel = request.form.get("channel_id")
    try:
        async with ModelRed() as client:
            job = await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
    except AuthenticationError as e:
        log.error("modelred auth failed: %s", e)
        return jsonify(response_type="ephemeral", text="ModelRed credentials are misconfigured.")
    except ModelRedError as e:
        return jsonify(response_type="ephemeral", text=f"Scan failed: {e}")
    log.info("scan %s started for channel %s bot_token_set=%s", job.get("assessment_id"), channel, bool(SLACK_BOT_TOKEN))
    return jsonify(response_type="in_channel", text=f"Started scan of `{model_id}`")


if __name__ == "__main__":
    app.run(port=3000)
