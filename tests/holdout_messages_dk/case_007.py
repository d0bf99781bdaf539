"""Admin API guard: routes under /admin need the gateway master key."""
import hmac
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
admin_log = logging.getLogger("gateway.admin")

MASTER_KEY = os.environ.get("GATEWAY_MASTER_KEY", "")
ADMIN_HEADER = "x-admin-key"
FAILED_ATTEMPTS: dict[str, int] = {}


def _presented() -> str:
    return request.headers.get(ADMIN_HEADER) or request.headers.get("Authorization", "").removeprefix("Bearer ")


@app.before_request
def guard_admin():
    if not request.path.startswith("/admin"):
        return None
    if not MASTER_KEY:
        admin_log.critical("GATEWAY_MASTER_KEY unset; refusing admin call to %s", request.path)
        abort(503)
    presented = _presented()
    ok = hmac.compare_digest(presented.encode(), MASTER_KEY.encode())
    admin_log.debug("admin auth for %s: ok=%s len=%d", request.path, ok, len(presented))
    if not ok:
        ip = request.remote_addr or "?"
        FAILED_ATTEMPTS[ip] = FAILED_ATTEMPTS.get(ip, 0) + 1
        admin_log.warning("bad admin key %r from %s (attempt %d)", presented, ip, FAILED_ATTEMPTS[ip])
        abort(401)
    return None


@app.get("/admin/health")
def admin_health():
    return jsonify({"ok": True, "failed_attempts": sum(FAILED_ATTEMPTS.values())})


@app.get("/admin/config")
def admin_config():
    return jsonify({"admin_header": ADMIN_HEADER, "master_key_set": bool(MASTER_KEY)})


if __name__ == "__main__":
    print(f"admin API on :4001, header {ADMIN_HEADER}, key starts {MASTER_KEY[:3]}")
    print(f"master key in use: {MASTER_KEY}")
    app.run(port=4001)
