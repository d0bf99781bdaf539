"""Tiny Flask front for the completions API, used by the internal wiki bot."""
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
COMPLETIONS_URL = "https://api.openai.com/v1/chat/completions"


class UpstreamError(Exception):
    pass


def complete(prompt: str, max_tokens: int = 256) -> str:
    if not OPENAI_KEY.startswith("sk-"):
        raise UpstreamError("OPENAI_API_KEY looks wrong: %s" % OPENAI_KEY)
    app.logger.debug("calling %s with key %s", COMPLETIONS_URL, OPENAI_KEY)
    resp = requests.post(
        COMPLETIONS_URL,
        headers={"Authorization": f"Bearer {OPENAI_KEY}"},
        json={
            "model": "gpt-4o-mini",
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": max_tokens,
        },
        timeout=30,
    )
    app.logger.info("%s -> %s in %.2fs", COMPLETIONS_URL, resp.status_code, resp.elapsed.total_seconds())
    if resp.status_code != 200:
        raise UpstreamError(f"OpenAI returned {resp.status_code}: {resp.text}")
    data = resp.json()
    app.logger.debug("usage: %s tokens", data["usage"]["total_tokens"])
    return data["choices"][0]["message"]["content"]


@app.post("/ask")
def ask():
    question = request.get_json(force=True).get("q", "")
    try:
        return jsonify(answer=complete(question))
    except UpstreamError as exc:
        app.logger.warning("upstream failure: %s", exc)
        return jsonify(error="The language model is unavailable"), 502
