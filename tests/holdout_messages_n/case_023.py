"""Mattermost slash command `/redteam` served by a small Flask app."""
import hmac
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, RateLimited

app = Flask(__name__)
log = logging.getLogger("mm_slash")

SLASH_TOKEN = os.environ["MM_SLASH_TOKEN"]
SLASH_TOKEN_ENV = "MM_SLASH_TOKEN"
mr = ModelRed(os.environ["MODELRED_API_KEY"])


def _ephemeral(text: str):
    return jsonify({"response_type": "ephemeral", "text": text})


@app.post("/mattermost/redteam")
def redteam():
    form = request.form
    token = form.get("token", "")
    if not hmac.compare_digest(token, SLASH_TOKEN):
        log.warning("slash token mismatch from team %s: %s", form.get("team_domain"), token)
        return _ephemeral("Not authorised."), 401
    log.info("/redteam by %s in %s: %r", form.get("user_name"), form.get("channel_name"), form.get("text"))
    args = (form.get("text") or "").split()
    if not args:
        return _ephemeral("usage: /redteam <model-id> [pack ...]")
    try:
        job = mr.create_assessment(model_id=args[0], probe_pack_ids=args[1:] or ["baseline"])
    except RateLimited as e:
        log.info("rate limited (retry after %s)", getattr(e, "retry_after", "?"))
        return _ephemeral("Too many assessments right now, try again in a minute.")
    except ModelRedError as e:
        return _ephemeral(f"Failed: {e}")
    return jsonify({"response_type": "in_channel", "text": f"Assessment `{job.id}` started for `{args[0]}`."})


@app.get("/healthz")
def healthz():
    log.debug("health check, %s set=%s", SLASH_TOKEN_ENV, bool(SLASH_TOKEN))
    return {"ok": True}


if __name__ == "__main__":
    print(f"listening; configure Mattermost with token {SLASH_TOKEN}")
    app.run(port=8065)
