"""Node-RED companion: a Flask endpoint the flow calls to ask a local/cloud LLM."""
import logging
import os

from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, NotFoundError

app = Flask(__name__)
log = logging.getLogger("nr-llm")

SHARED_SECRET = os.environ["NODERED_SHARED_SECRET"]
MR_KEY = os.environ.get("MODELRED_API_KEY")
XAI_KEY = os.environ.get("XAI_API_KEY")


@app.before_request
def check_secret():
    got = request.headers.get("X-Flow-Secret")
    if got != SHARED_SECRET:
        app.logger.warning("flow secret mismatch from %s", request.remote_addr)
        return jsonify({"error": "forbidden"}), 403


@app.get("/model/<model_id>")
def model_info(model_id: str):
    try:
        client = ModelRed(api_key=MR_KEY)
        info = client.get_model(model_id)
    except NotFoundError:
        return jsonify({"error": f"no model {model_id}"}), 404
    except ModelRedError as e:
        log.error("get_model(%s): %s", model_id, e)
        return jsonify({"error": "upstream error", "detail": str(e)}), 502
    return jsonify({"id": model_id, "provider": info.get("provider"), "status": info.get("status")})


@app.post("/grok")
def grok():
    import httpx

    q = request.get_json(force=True).get("q", "")
    hdrs = {"Authorization": "Bearer " + XAI_KEY}
    r = httpx.post("https://api.x.ai/v1/chat/completions", headers=hdrs,
                   json={"model": "grok-2-latest", "max_tokens": 200, "messages": [{"role": "user", "content": q}]}, timeout=30)
    if r.status_code >= 400:
        log.error("xai %d for request with %s", r.status_code, hdrs)
        return jsonify({"error": f"xai returned {r.status_code}"}), 502
    return jsonify({"a": r.json()["choices"][0]["message"]["content"]})


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("flow secret configured (%d chars), xai=%s", len(SHARED_SECRET), bool(XAI_KEY))
    app.run(host="0.0.0.0", port=1881)
