"""Permit assistant: answers zoning questions for the city's building permit portal."""
import logging
import os

from flask import Flask, jsonify, request
from openai import OpenAI

app = Flask(__name__)
log = logging.getLogger("permits.assistant")

OPENAI_KEY_ENV = "OPENAI_API_KEY"
MAX_TOKENS = 600
openai_key = os.environ.get(OPENAI_KEY_ENV, "")
if openai_key and not openai_key.startswith("sk-"):
    raise RuntimeError(f"{OPENAI_KEY_ENV} is malformed: {openai_key}")
client = OpenAI(api_key=openai_key)
log.info("permit assistant configured, key length %d", len(openai_key))

ZONING_PROMPT = (
    "You help residents of the city understand permit requirements. "
    "Cite the municipal code section when you can. Never give legal advice."
)


@app.before_request
def trace_request():
    log.debug("permit request from %s to %s", request.remote_addr, request.path)


@app.route("/api/permits/ask", methods=["POST"])
def ask():
    body = request.get_json(force=True)
    question = body.get("question", "").strip()
    parcel = body.get("parcel_id")
    if not question:
        return jsonify(error="question is required"), 400
    log.info("parcel=%s question_len=%d", parcel, len(question))
    try:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=MAX_TOKENS,
            messages=[{"role": "system", "content": ZONING_PROMPT},
                      {"role": "user", "content": question}],
        )
    except Exception as exc:
        log.error("openai call failed for parcel %s with key %s: %s", parcel, openai_key, exc)
        return jsonify(error="assistant unavailable"), 503
    log.info("usage total_tokens=%s", resp.usage.total_tokens)
    return jsonify(answer=resp.choices[0].message.content)


@app.route("/api/permits/health")
def health():
    log.info("health: key env var %s set=%s", OPENAI_KEY_ENV, bool(openai_key))
    log.debug("max_tokens=%d", MAX_TOKENS)
    return jsonify(ok=bool(openai_key))
