"""Conflict-check service for new matters; vets its similarity model with ModelRed (gen 2)."""
import logging
import os

import modelred as mr
from flask import Flask, jsonify, request

app = Flask(__name__)
log = logging.getLogger("conflicts")

_mr = mr.ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))
SEARCH_TOKEN = os.environ.get("CONFLICTS_SEARCH_TOKEN")


def search_parties(names: list[str]) -> list[dict]:
    import requests
    r = requests.post("https://conflicts-db.internal/search", json={"names": names},
                      headers={"Authorization": f"Token {SEARCH_TOKEN}"}, timeout=15)
    if r.status_code == 401:
        log.error("conflicts-db refused token=%s", SEARCH_TOKEN)
        return []
    r.raise_for_status()
    return r.json()["matches"]


@app.post("/conflicts/check")
def check():
    body = request.get_json(force=True)
    parties = body.get("parties", [])
    matches = search_parties(parties)
    log.info("conflict check for matter %s: %d parties, %d matches", body.get("matter"), len(parties), len(matches))
    return jsonify({"matter": body.get("matter"), "matches": matches})


@app.post("/conflicts/model/vet")
def vet_model():
    model = request.args.get("model", "conflict-sim-v2")
    try:
        a = _mr.create_assessment(model=model, test_types=["bias", "data_leakage"], priority="normal")
    except mr.ConflictError as e:
        return jsonify({"error": "assessment already running", "detail": f"{e}"}), 409
    except mr.ModelRedError as e:
        log.warning("vet failed for %s: %s", model, e)
        return jsonify({"error": "vetting unavailable"}), 502
    return jsonify({"assessment": a.get("id")})


@app.get("/conflicts/health")
def health():
    return jsonify({"search_token_set": SEARCH_TOKEN is not None, "modelred": "configured"})


@app.errorhandler(mr.ModelRedError)
def modelred_error(e):
    return jsonify({"error": str(e)}), 502
