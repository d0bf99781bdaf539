"""Google Cloud Function (HTTP): proxy a prompt to OpenAI behind a shared client token."""
import logging
import os

import functions_framework
import requests
from flask import abort

log = logging.getLogger("prompt-proxy")

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
CLIENT_TOKEN_HEADER = "X-Client-Token"
OPENAI_KEY_VAR = "OPENAI_API_KEY"


def _openai_key():
    key = os.environ.get(OPENAI_KEY_VAR, "")
    if not key:
        raise RuntimeError(f"{OPENAI_KEY_VAR} is not set, got {key!r}")
    return key


@functions_framework.http
def prompt(request):
    presented = request.headers.get(CLIENT_TOKEN_HEADER, "")
    expected = os.environ["PROXY_CLIENT_TOKEN"]
    if presented != expected:
        log.warning("rejected client token %r from %s", presented, request.remote_addr)
        abort(401)
    body = request.get_json(silent=True) or {}
    key = _openai_key()
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    payload = {
        "model": body.get("model", "gpt-4o-mini"),
        "messages": body.get("messages", []),
        "max_tokens": int(body.get("max_tokens", 256)),
    }
    log.info("forwarding model=%s max_tokens=%s", payload["model"], payload["max_tokens"])
    resp = requests.post(OPENAI_URL, json=payload, headers=headers, timeout=30)
    if resp.status_code >= 400:
        log.error("openai %s: %s", resp.status_code, resp.text[:300])
        log.debug("request headers were %s", headers)
        return {"error": "upstream error"}, 502
    usage = resp.json().get("usage", {})
    log.info("tokens used: %s", usage.get("total_tokens"))
    return resp.json(), 200
