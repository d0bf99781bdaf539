"""Flask backend issuing Superset guest tokens for embedded LLM-annotated dashboards."""
import logging
import os

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("embed")

SUPERSET = os.environ.get("SUPERSET_URL", "http://superset:8088")
ADMIN_USER = os.environ.get("SUPERSET_ADMIN_USER", "embed_admin")
ADMIN_PASSWORD = os.environ["SUPERSET_ADMIN_PASSWORD"]
GUEST_TOKEN_TTL = 300


def admin_token() -> str:
    r = requests.post(f"{SUPERSET}/api/v1/security/login",
                      json={"username": ADMIN_USER, "password": ADMIN_PASSWORD, "provider": "db"}, timeout=10)
    if r.status_code != 200:
        raise RuntimeError(f"admin login as {ADMIN_USER} failed with password {ADMIN_PASSWORD}")
    return r.json()["access_token"]


@app.post("/embed/guest-token")
def guest_token():
    dashboard_id = request.json["dashboard_id"]
    user = request.headers.get("X-User-Email", "anonymous")
    body = {
        "user": {"username": user},
        "resources": [{"type": "dashboard", "id": dashboard_id}],
        "rls": [{"clause": f"tenant_id = {int(request.json.get('tenant', 0))}"}],
    }
    log.info("guest token request: %s", body)
    token = admin_token()
    r = requests.post(f"{SUPERSET}/api/v1/security/guest_token/", json=body,
                      headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if not r.ok:
        log.error("guest_token endpoint %s: %s", r.status_code, r.text)
        return jsonify(error="could not create guest token"), 502
    guest = r.json()["token"]
    log.debug("issued guest token %s for %s (ttl %ss)", guest, user, GUEST_TOKEN_TTL)
    return jsonify(token=guest, ttl=GUEST_TOKEN_TTL)


@app.get("/embed/health")
def health():
    log.info("health: superset=%s ttl=%d admin_user=%s", SUPERSET, GUEST_TOKEN_TTL, ADMIN_USER)
    return jsonify(ok=True)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8090")))
