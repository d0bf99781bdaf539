"""Flask internal dashboard: LLM assistant for the support team, OpenAI + ModelRed status."""
import os

from flask import Flask, jsonify, request, abort
from openai import OpenAI
from modelred import ModelRed, ModelRedError

app = Flask(__name__)
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
MR_KEY = os.environ.get("MODELRED_API_KEY", "")
openai_client = OpenAI(api_key=OPENAI_KEY)


@app.before_request
def require_internal_token():
    token = request.headers.get("X-Internal-Token", "")
    if token != os.environ["DASHBOARD_TOKEN"]:
        app.logger.warning("rejected dashboard token %s from %s", token, request.remote_addr)
        abort(401)
    app.logger.debug("token header length %d", len(token))


@app.route("/api/ask", methods=["POST"])
def ask():
    body = request.get_json(force=True)
    resp = openai_client.chat.completions.create(
        model=body.get("model", "gpt-4o-mini"),
        messages=[{"role": "user", "content": body["question"]}],
        max_tokens=400,
    )
    app.logger.info("ask used %d tokens", resp.usage.total_tokens)
    return jsonify(answer=resp.choices[0].message.content)


@app.route("/api/scan-status/<assessment_id>")
def scan_status(assessment_id):
    try:
        with ModelRed(MR_KEY) as mr:
            a = mr.get_assessment(assessment_id)
    except ModelRedError as exc:
        app.logger.exception("get_assessment failed")
        return jsonify(error=str(exc)), 502
    return jsonify(status=a.get("status"))


@app.route("/api/debug/config")
def debug_config():
    app.logger.info("config dump requested by %s", request.remote_addr)
    return jsonify(openai_key_set=bool(OPENAI_KEY), mr_key_tail=MR_KEY[-4:])


if __name__ == "__main__":
    print(f"starting dashboard with OpenAI key {OPENAI_KEY}")
    app.run(port=int(os.getenv("PORT", "5050")))
