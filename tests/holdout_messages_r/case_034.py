# proxy.py - tiny Flask proxy so the browser extension never sees the OpenAI key
import logging
import os

import requests
from flask import Flask, Response, abort, request

app = Flask(__name__)
logging.basicConfig(level=logging.INFO)
log = logging.getLogger("proxy")

UPSTREAM = os.getenv("UPSTREAM_URL", "https://api.openai.com/v1")
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
EXTENSION_SECRET = os.environ.get("EXTENSION_SHARED_SECRET", "")
ALLOWED_PATHS = {"chat/completions", "embeddings", "moderations"}


class UpstreamError(Exception):
    def __init__(self, message: str, status: int = 502, upstream_body: str = ""):
        super().__init__(message)
        self.status = status
        self.upstream_body = upstream_body


@app.route("/v1/<path:path>", methods=["POST"])
def proxy(path: str):
    if request.headers.get("X-Extension-Secret") != EXTENSION_SECRET:
        log.warning("bad extension secret from %s", request.remote_addr)
        abort(401)
    if path not in ALLOWED_PATHS:
        abort(404)
    headers = {"Authorization": f"Bearer {OPENAI_API_KEY}", "Content-Type": "application/json"}
    try:
        r = requests.post(f"{UPSTREAM}/{path}", data=request.get_data(), headers=headers, timeout=120)
    except requests.Timeout:
        raise UpstreamError(f"timeout calling {UPSTREAM}/{path}", status=504)
    except requests.RequestException as exc:
        raise UpstreamError(f"upstream failure {exc.__class__.__name__} with headers {headers}")
    if r.status_code >= 500:
        raise UpstreamError(f"upstream {r.status_code}", status=r.status_code, upstream_body=r.text)
    log.info("%s %s -> %s (%s tokens)", request.method, path, r.status_code, r.headers.get("x-usage-total-tokens", "?"))
    return Response(r.content, status=r.status_code, content_type=r.headers.get("content-type"))


@app.errorhandler(UpstreamError)
def upstream_error(err: UpstreamError):
    log.error("upstream error: %s", err)
    return {"error": "upstream error"}, err.status


if __name__ == "__main__":
    if not EXTENSION_SECRET:
        log.warning("EXTENSION_SHARED_SECRET unset: every request will be rejected")
    log.info("proxying to %s with key %s", UPSTREAM, OPENAI_API_KEY)
    app.run(port=int(os.getenv("PORT", "8787")))
