"""In-app support chat backed by an LLM; the mobile client sends its session token."""
import logging
import os

from flask import Flask, g, jsonify, request
from openai import OpenAI, AuthenticationError

app = Flask(__name__)
chat_log = logging.getLogger("support.chat")

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"], organization=os.environ.get("OPENAI_ORG_ID"))
SESSION_HEADER = "X-Session-Token"


@app.before_request
def load_session():
    g.session_token = request.headers.get(SESSION_HEADER)
    chat_log.debug("request %s header %s present=%s", request.path, SESSION_HEADER, g.session_token is not None)


@app.post("/support/chat")
def chat():
    msg = request.json["message"]
    try:
        r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=300,
                                           messages=[{"role": "system", "content": "You are app support."},
                                                     {"role": "user", "content": msg}])
    except AuthenticationError as e:
        chat_log.error("openai auth error %s (org %s)", e.status_code, client.organization)
        return jsonify(error="support is unavailable"), 503
    chat_log.info("support reply tokens prompt=%d completion=%d", r.usage.prompt_tokens, r.usage.completion_tokens)
    return jsonify(reply=r.choices[0].message.content)


@app.post("/support/escalate")
def escalate():
    ticket = {"session": g.session_token, "reason": request.json.get("reason", "")}
    chat_log.warning("escalating ticket %s", ticket)
    return jsonify(queued=True)


@app.errorhandler(401)
def unauthorized(_):
    return jsonify(error="session expired, sign in again"), 401
