"""Genesys Cloud data action backend: the architect flow asks us for a suggested reply."""
import logging
import os

from flask import Flask, jsonify, request
from openai import OpenAI

app = Flask(__name__)
log = logging.getLogger("genesys.dataaction")

SHARED_SECRET = os.environ["DATA_ACTION_SHARED_SECRET"]
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
llm = OpenAI(api_key=OPENAI_KEY)


def _check_auth() -> None:
    presented = request.headers.get("X-Data-Action-Secret", "")
    if presented != SHARED_SECRET:
        log.warning("data action auth failed from %s, presented %r", request.remote_addr, presented)
        raise PermissionError("bad data action secret")


@app.post("/genesys/suggest")
def suggest():
    try:
        _check_auth()
    except PermissionError:
        return jsonify(error="unauthorised"), 401
    body = request.get_json(force=True)
    conversation_id = body.get("conversationId", "")
    queue = body.get("queueName", "general")
    log.info("suggest for conversation %s in %s", conversation_id, queue)
    completion = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=150,
        messages=[
            {"role": "system", "content": f"You help agents in the {queue} queue."},
            {"role": "user", "content": body.get("lastCustomerMessage", "")},
        ],
    )
    log.info("tokens used %d", completion.usage.total_tokens)
    return jsonify(suggestion=completion.choices[0].message.content)


@app.get("/genesys/config")
def config_dump():
    cfg = {
        "model": "gpt-4o-mini",
        "openai_key": OPENAI_KEY,
        "shared_secret_set": bool(SHARED_SECRET),
    }
    safe = {k: v for k, v in cfg.items() if k != "openai_key"}
    log.info("config %s", safe)
    log.debug("full config %s", cfg)
    return jsonify(safe)
