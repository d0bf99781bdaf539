"""Make.com custom app webhook receiver: verifies the connection's API key and runs a prompt."""
import logging
import os

from flask import Flask, request, jsonify
import anthropic

app = Flask(__name__)
audit = logging.getLogger("make.audit")

CONNECTION_KEYS = {k.strip() for k in os.environ.get("MAKE_CONNECTION_KEYS", "").split(",") if k.strip()}
ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
KEY_HEADER = "x-make-apikey"


def _client() -> anthropic.Anthropic:
    return anthropic.Anthropic(api_key=ANTHROPIC_KEY)


@app.route("/make/run", methods=["POST"])
def run():
    key = request.headers.get(KEY_HEADER, "")
    if not key:
        audit.info("missing %s header", KEY_HEADER)
        return jsonify(error="missing api key"), 401
    if key not in CONNECTION_KEYS:
        audit.warning("unknown make connection key %s from %s", key, request.remote_addr)
        return jsonify(error="invalid api key"), 401
    data = request.get_json(force=True)
    prompt = data.get("prompt", "")
    max_tokens = int(data.get("max_tokens", 256))
    msg = _client().messages.create(model=data.get("model", "claude-3-5-haiku-latest"), max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
    audit.info("run ok in=%s out=%s key_suffix=%s", msg.usage.input_tokens, msg.usage.output_tokens, key[-4:])
    return jsonify(text=msg.content[0].text, usage={"input": msg.usage.input_tokens, "output": msg.usage.output_tokens})


@app.route("/make/connection-test", methods=["GET"])
def connection_test():
    key = request.headers.get(KEY_HEADER, "")
    ok = key in CONNECTION_KEYS
    audit.info("connection test ok=%s keys_configured=%d", ok, len(CONNECTION_KEYS))
    if not ok:
        return jsonify(error="invalid"), 401
    return jsonify(account="make-connection", scopes=["run"])


@app.before_request
def trace():
    if os.environ.get("MAKE_TRACE") == "1":
        print("make request", request.method, request.path, request.headers.get(KEY_HEADER))


if __name__ == "__main__":
    app.run(port=5050)
