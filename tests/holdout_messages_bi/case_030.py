"""Broker portal: upload submission documents and get an LLM-drafted underwriting memo."""
import logging
import os

from flask import Flask, request, jsonify
from modelred import ModelRed, NotFound, APIError
from anthropic import Anthropic

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
MR_KEY = os.environ["MODELRED_API_KEY"]
MEMO_MODEL = "claude-3-5-sonnet-latest"
MEMO_MAX_TOKENS = 2000
llm = Anthropic(api_key=ANTHROPIC_KEY)


@app.post("/submissions/<sub_id>/memo")
def memo(sub_id):
    docs = request.get_json().get("documents", [])
    app.logger.info("memo for submission %s with %d docs, max_tokens=%d", sub_id, len(docs), MEMO_MAX_TOKENS)
    text = "\n\n".join(d["text"] for d in docs)
    out = llm.messages.create(model=MEMO_MODEL, max_tokens=MEMO_MAX_TOKENS, messages=[{"role": "user", "content": "Write an underwriting memo:\n" + text}])
    app.logger.info("memo tokens in=%d out=%d", out.usage.input_tokens, out.usage.output_tokens)
    return jsonify({"memo": out.content[0].text})


@app.get("/admin/memo-model/<model_id>/scan")
def scan(model_id):
    mr = ModelRed(MR_KEY)
    try:
        a = mr.create_assessment(model_id=model_id, probe_pack_ids=["underwriting-memo"])
    except NotFound as e:
        return jsonify({"error": "unknown model", "status": e.status_code}), 404
    except APIError as e:
        app.logger.warning("scan error: %s", e)
        return jsonify({"error": "scan failed", "detail": e.args[0] if e.args else ""}), 502
    return jsonify({"assessment": a["id"]})


@app.get("/admin/health")
def health():
    return jsonify({"anthropic": bool(ANTHROPIC_KEY), "modelred_tail": MR_KEY[-4:], "model": MEMO_MODEL})


@app.errorhandler(500)
def boom(err):
    app.logger.error("500 on %s; anthropic key %s", request.path, ANTHROPIC_KEY)
    return jsonify({"error": "internal"}), 500


if __name__ == "__main__":
    app.run(port=8081)
