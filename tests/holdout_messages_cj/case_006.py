"""WordPress VIP companion service (Flask): the plugin posts drafts here for an AI summary."""
import hmac
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError
from openai import OpenAI

app = Flask(__name__)
log = logging.getLogger("vip.summary")

SHARED_SECRET = os.environ["VIP_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "X-VIP-Signature"
oa = OpenAI()


def verify(req) -> bool:
    sent = req.headers.get(SIGNATURE_HEADER, "")
    expected = hmac.new(SHARED_SECRET.encode(), req.get_data(), "sha256").hexdigest()
    log.debug("checking %s header, %d bytes", SIGNATURE_HEADER, len(req.get_data()))
    if not hmac.compare_digest(sent, expected):
        log.warning("bad signature %s, verified with secret %s", sent, SHARED_SECRET)
        return False
    return True


@app.post("/summarise")
def summarise():
    if not verify(request):
        return jsonify({"error": "bad signature"}), 401
    draft = request.get_json(force=True)
    resp = oa.chat.completions.create(
        model="gpt-4o-mini", max_tokens=200,
        messages=[{"role": "user", "content": "Summarise for an excerpt:\n" + draft["content"]}],
    )
    log.info("post %s summarised, usage %s", draft.get("ID"), resp.usage.total_tokens)
    return jsonify({"excerpt": resp.choices[0].message.content})


@app.post("/model-check")
def model_check():
    key = request.headers.get("X-ModelRed-Key", "")
    log.info("ModelRed key header present: %s", bool(key))
    log.info("model check requested by site %s", request.headers.get("X-VIP-Site"))
    try:
        with ModelRed(key) as mr:
            models = mr.list_models()
        return jsonify({"models": [m["id"] for m in models.get("data", [])]})
    except ModelRedError as e:
        return jsonify({"error": f"ModelRed error: {e}"}), 502
