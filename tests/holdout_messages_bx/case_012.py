"""Flask fleet dashboard: per-drone chat assistant and a ModelRed status page (gen 2)."""
import logging
import os

from flask import Flask, jsonify, request, abort
from modelred import ModelRed, NotFoundError, ModelRedError
import requests

app = Flask(__name__)
log = logging.getLogger("dashboard")

FLEET_API = os.environ.get("FLEET_API", "https://fleet.internal/api")
FLEET_TOKEN = os.environ.get("FLEET_API_TOKEN")
mr = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))
log.info("fleet token configured: %s", bool(FLEET_TOKEN))


@app.get("/drones/<sn>")
def drone(sn):
    resp = requests.get(f"{FLEET_API}/drones/{sn}", headers={"Authorization": f"Bearer {FLEET_TOKEN}"}, timeout=5)
    if resp.status_code != 200:
        log.error("fleet api %s for %s: %s", resp.status_code, sn, resp.text[:200])
        abort(502)
    return jsonify(resp.json())


@app.get("/redteam/<model_id>")
def redteam_status(model_id):
    try:
        m = mr.get_model(model_id)
        return jsonify({"model": m["modelId"], "last_score": m.get("lastScore")})
    except NotFoundError:
        return jsonify({"error": "unknown model"}), 404
    except ModelRedError as e:
        log.exception("ModelRed lookup failed")
        return jsonify({"error": str(e)}), 502


@app.post("/admin/fleet-token")
def set_fleet_token():
    global FLEET_TOKEN
    token = request.headers.get("X-Fleet-Token", "")
    if not token:
        abort(400, description=f"missing X-Fleet-Token header (got {token!r})")
    r = requests.get(f"{FLEET_API}/whoami", headers={"Authorization": f"Bearer {token}"}, timeout=5)
    if r.status_code == 401:
        log.warning("rejected fleet token %s", token)
        abort(401)
    FLEET_TOKEN = token
    return jsonify({"ok": True, "account": r.json().get("account")})


if __name__ == "__main__":
    app.run(port=5050)
