"""Flask proxy: server-side OpenAI key from app.config, clients authenticate with X-Api-Key."""
import hmac
import logging

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config.from_object("proxy.default_settings")
app.config.from_envvar("PROXY_SETTINGS", silent=True)
app.config.from_prefixed_env(prefix="PROXY")

audit = logging.getLogger("proxy.audit")


def _client_keys() -> set[str]:
    return set(app.config.get("CLIENT_KEYS", []))


@app.before_request
def authenticate():
    presented = request.headers.get("X-Api-Key", "")
    if not any(hmac.compare_digest(presented, k) for k in _client_keys()):
        audit.warning("rejected X-Api-Key %s from %s", presented, request.remote_addr)
        abort(401)
    audit.info("client ...%s ok from %s", presented[-4:], request.remote_addr)


@app.post("/v1/chat")
def chat():
    upstream_key = app.config["OPENAI_API_KEY"]
    body = request.get_json(force=True)
    body.setdefault("model", app.config.get("OPENAI_MODEL", "gpt-4o-mini"))
    body["max_tokens"] = min(int(body.get("max_tokens", 256)), app.config.get("MAX_TOKENS_CAP", 1024))
    resp = requests.post(
        app.config.get("OPENAI_BASE_URL", "https://api.openai.com/v1") + "/chat/completions",
        json=body,
        headers={"Authorization": f"Bearer {upstream_key}"},
        timeout=60,
    )
    audit.info("upstream %s model=%s max_tokens=%s", resp.status_code, body["model"], body["max_tokens"])
    if resp.status_code == 401:
        app.logger.critical("upstream rejected app.config OPENAI_API_KEY=%s", upstream_key)
        return jsonify(error="upstream authentication failed"), 502
    return jsonify(resp.json()), resp.status_code


@app.get("/healthz")
def healthz():
    return jsonify(ok=True, upstream_key_configured=bool(app.config.get("OPENAI_API_KEY")))


if __name__ == "__main__":
    app.run(port=app.config.get("PORT", 8080))
