"""Flask 'explain my bill' service on top of the CIS REST API."""
import logging
import os

import requests
from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, ValidationError

app = Flask(__name__)
app.logger.setLevel(logging.INFO)

CIS_URL = os.environ["CIS_REST_URL"]
CIS_USER = os.environ["CIS_REST_USER"]
CIS_PASSWORD = os.environ["CIS_REST_PASSWORD"]


def cis_bill(account_id: str) -> dict:
    resp = requests.get(f"{CIS_URL}/accounts/{account_id}/bills/latest", auth=(CIS_USER, CIS_PASSWORD), timeout=15)
    if resp.status_code == 401:
        app.logger.error("CIS auth failed for %s:%s", CIS_USER, CIS_PASSWORD)
    resp.raise_for_status()
    return resp.json()


@app.get("/bills/<account_id>/explain")
def explain(account_id: str):
    bill = cis_bill(account_id)
    app.logger.info("bill %s for account %s, %s kWh", bill.get("bill_id"), account_id, bill.get("usage_kwh"))
    return jsonify({"account": account_id, "summary": f"Your usage was {bill.get('usage_kwh')} kWh."})


@app.post("/admin/scan")
async def scan():
    payload = request.get_json(force=True)
    model_id = payload.get("model_id", "")
    try:
        async with ModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            res = await client.run_assessment(model_id=model_id, test_suites=["basic_security", "pii_leakage"])
    except ValidationError as e:
        app.logger.warning("invalid scan request: %s", e)
        return jsonify({"error": "invalid model id"}), 400
    except ModelRedError as e:
        return jsonify({"error": str(e), "model": model_id}), 502
    return jsonify({"assessment_id": res.get("assessment_id")})


@app.get("/admin/health")
def health():
    return jsonify({"cis_user": CIS_USER, "cis_password_set": bool(CIS_PASSWORD)})
