"""eventlet WSGI front for an xAI-backed classifier."""
import eventlet

eventlet.monkey_patch()

import json
import logging
import os

import requests
from eventlet import wsgi

access_log = logging.getLogger("classifier.access")
logging.basicConfig(level=logging.INFO)

XAI_URL = "https://api.x.ai/v1/chat/completions"
XAI_KEY_VAR = "XAI_API_KEY"


def classify(text: str, xai_key: str) -> str:
    r = requests.post(
        XAI_URL,
        headers={"Authorization": f"Bearer {xai_key}"},
        json={"model": "grok-2-latest", "max_tokens": 8,
              "messages": [{"role": "user", "content": f"Label as spam or ham: {text}"}]},
        timeout=20,
    )
    if r.status_code != 200:
        access_log.warning("xai returned %s: %s", r.status_code, r.text[:200])
        raise RuntimeError(f"xai error {r.status_code}")
    return r.json()["choices"][0]["message"]["content"].strip()


def app(environ, start_response):
    errors = environ["wsgi.errors"]
    caller_key = environ.get("HTTP_X_API_KEY", "")
    xai_key = caller_key or os.environ[XAI_KEY_VAR]
    errors.write(f"classify called, key source={'header' if caller_key else XAI_KEY_VAR}\n")
    if caller_key and not caller_key.startswith("xai-"):
        errors.write(f"malformed x-api-key header: {caller_key}\n")
        start_response("400 Bad Request", [("Content-Type", "application/json")])
        return [b'{"error": "malformed key"}']
    length = int(environ.get("CONTENT_LENGTH") or 0)
    payload = json.loads(environ["wsgi.input"].read(length) or b"{}")
    try:
        label = classify(payload.get("text", ""), xai_key)
    except RuntimeError as exc:
        errors.write(f"classification failed: {exc}\n")
        start_response("502 Bad Gateway", [("Content-Type", "application/json")])
        return [b'{"error": "upstream"}']
    access_log.info("classified with key source %s", "header" if caller_key else "env")
    access_log.info("classified %d chars as %s", len(payload.get("text", "")), label)
    start_response("200 OK", [("Content-Type", "application/json")])
    return [json.dumps({"label": label}).encode()]


if __name__ == "__main__":
    wsgi.server(eventlet.listen(("0.0.0.0", 8090)), app, log=access_log, log_format="%(client_ip)s %(status_code)s")
