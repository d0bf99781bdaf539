"""Sabre Bargain Finder Max proxy for the agency portal (Flask)."""
import base64
import logging
import os

import requests
from flask import Flask, jsonify, request
import modelred as mr

app = Flask(__name__)
log = logging.getLogger("agency.sabre")

SABRE_AUTH_URL = "https://api.cert.platform.sabre.com/v2/auth/token"
SABRE_USER = os.environ["SABRE_USER_ID"]
SABRE_PASS = os.environ["SABRE_PASSWORD"]
SABRE_PCC = os.environ.get("SABRE_PCC", "A1B2")


def sabre_token() -> str:
    user = base64.b64encode(f"V1:{SABRE_USER}:{SABRE_PCC}:AA".encode()).decode()
    pwd = base64.b64encode(SABRE_PASS.encode()).decode()
    creds = base64.b64encode(f"{user}:{pwd}".encode()).decode()
    r = requests.post(SABRE_AUTH_URL, headers={"Authorization": f"Basic {creds}"}, data={"grant_type": "client_credentials"})
    log.info("sabre auth status=%s pcc=%s", r.status_code, SABRE_PCC)
    r.raise_for_status()
    return r.json()["access_token"]


@app.post("/shop")
def shop():
    token = sabre_token()
    log.debug("sabre session token: %s", token)
    payload = request.get_json()
    r = requests.post("https://api.cert.platform.sabre.com/v4/offers/shop", json=payload, headers={"Authorization": f"Bearer {token}"})
    return jsonify(r.json()), r.status_code


@app.post("/shop/screen")
def screen_model():
    client = mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        res = client.create_assessment(model="fare-rules-bot", test_types=["prompt_injection"], priority="normal")
    except mr.ValidationError as e:
        return jsonify({"error": f"assessment rejected: {e}"}), 400
    except mr.ModelRedError as e:
        log.error("modelred failure: %r", e)
        return jsonify({"error": "assessment service unavailable"}), 502
    return jsonify({"assessment": res["id"]})


@app.get("/debug/sabre")
def debug_sabre():
    return jsonify({"user": SABRE_USER, "pcc": SABRE_PCC, "password_set": bool(SABRE_PASS)})


if __name__ == "__main__":
    print("starting with sabre password", SABRE_PASS)
    app.run(port=8081)
