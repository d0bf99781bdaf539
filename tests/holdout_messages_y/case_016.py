"""GitHub push webhook (Flask blueprint): re-scan the bot with ModelRed on each release."""
import hashlib
import hmac

from decouple import config
from flask import Blueprint, abort, current_app, jsonify, request

from modelred import ModelRedClient, ModelRedError

hooks = Blueprint("hooks", __name__)

GITHUB_WEBHOOK_SECRET = config("GITHUB_WEBHOOK_SECRET")
MODELRED_API_KEY = config("MODELRED_API_KEY")


def _verify(body: bytes, received: str) -> None:
    secret = GITHUB_WEBHOOK_SECRET
    if 0 < len(secret) < 16:
        raise RuntimeError(f"webhook secret {secret!r} is too short to be safe")
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        current_app.logger.warning("signature mismatch: expected %s got %s", expected, received)
        abort(401)


@hooks.post("/github")
def github_push():
    _verify(request.get_data(), request.headers.get("X-Hub-Signature-256", ""))
    event = request.headers.get("X-GitHub-Event", "")
    payload = request.get_json()
    if event != "release":
        return jsonify({"ignored": event}), 200
    tag = payload["release"]["tag_name"]
    client = ModelRedClient(api_key=MODELRED_API_KEY)
    try:
        assessment = client.create_assessment(model=f"helpdesk-bot-{tag}", test_types=["jailbreak"])
    except ModelRedError as e:
        current_app.logger.error("ModelRed failed for release %s: %s", tag, e)
        return jsonify({"ok": False, "error": str(e)}), 502
    current_app.logger.info("release %s scan %s", tag, assessment["id"])
    return jsonify({"ok": True, "assessment": assessment["id"]}), 202
