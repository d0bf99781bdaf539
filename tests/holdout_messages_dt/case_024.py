"""Gemini proxy endpoint as a Flask class-based view: callers bring their own Google key."""
import logging

import requests
from flask import Flask, jsonify, request
from flask.views import MethodView
from werkzeug.exceptions import BadRequest, Unauthorized

app = Flask(__name__)
log = logging.getLogger("gemini.proxy")

HEADER = "X-Goog-Api-Key"
UPSTREAM = "https://generativelanguage.googleapis.com/v1beta/models/{}:generateContent"


class GenerateView(MethodView):
    allowed_models = ("gemini-1.5-flash", "gemini-1.5-pro")

    def _key(self) -> str:
        key = request.headers.get(HEADER, "")
        if not key:
            raise Unauthorized(f"missing {HEADER} header")
        if not key.startswith("AIza"):
            raise Unauthorized(f"{HEADER} {key} is not a Google API key")
        return key

    def post(self, model: str):
        if model not in self.allowed_models:
            raise BadRequest(f"model {model} not allowed")
        key = self._key()
        log.info("generate %s for %s with key %s", model, request.remote_addr, request.headers[HEADER])
        upstream = requests.post(UPSTREAM.format(model), headers={HEADER: key}, json=request.get_json(), timeout=60)
        log.info("upstream %s -> %d", model, upstream.status_code)
        if upstream.status_code >= 400:
            log.warning("upstream error body: %s", upstream.text[:300])
        return jsonify(upstream.json()), upstream.status_code


app.add_url_rule("/v1/<model>:generate", view_func=GenerateView.as_view("generate"))


@app.get("/healthz")
def healthz():
    log.debug("health check from %s, headers %s", request.remote_addr, [h for h in request.headers.keys() if h != HEADER])
    return {"ok": True}


if __name__ == "__main__":
    app.run(port=8088)
