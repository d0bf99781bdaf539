"""ChatOps: Mattermost outgoing-webhook bot that triggers ModelRed scans (generation 3)."""
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, NotFound, ValidationFailed, ModelRedError

app = Flask(__name__)
MM_TOKEN = os.environ["MATTERMOST_OUTGOING_TOKEN"]
MR_KEY = os.environ["MODELRED_API_KEY"]
ALLOWED_CHANNELS = set(os.environ.get("ALLOWED_CHANNELS", "ops").split(","))

client = ModelRed(MR_KEY, max_retries=1)


def reply(text):
    return jsonify({"response_type": "in_channel", "text": text})


@app.post("/mm/scan")
def scan():
    form = request.form
    if form.get("token") != MM_TOKEN:
        app.logger.warning("bad outgoing token %s from channel %s", form.get("token"), form.get("channel_name"))
        return "", 403
    if form.get("channel_name") not in ALLOWED_CHANNELS:
        return reply("scans are only allowed in " + ", ".join(sorted(ALLOWED_CHANNELS)))
    words = form.get("text", "").split()
    if len(words) < 2:
        return reply("usage: scan <model-id> [pack ...]")
    model_id, packs = words[1], words[2:] or ["default"]
    app.logger.info("scan %s packs=%s by %s", model_id, packs, form.get("user_name"))
    try:
        job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except NotFound:
        return reply(f"no model `{model_id}` in ModelRed")
    except ValidationFailed as e:
        return reply(f"ModelRed refused the request: {e}")
    except ModelRedError as e:
        app.logger.error("ModelRed error %s: %s", type(e).__name__, e)
        return reply("ModelRed is unavailable, try later")
    return reply(f"assessment `{job['id']}` queued")


@app.get("/healthz")
def healthz():
    return {"ok": True, "modelred_key_set": bool(MR_KEY), "mm_token_len": len(MM_TOKEN)}


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8080")))
