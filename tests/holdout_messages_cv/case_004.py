"""Flask app answering new internet leads from VinSolutions with an LLM first reply."""
import logging
import os

import modelred
import requests
from flask import Flask, jsonify, request
from groq import Groq

app = Flask(__name__)
app.config["VIN_API_KEY"] = os.environ["VINSOLUTIONS_API_KEY"]
app.config["VIN_DEALER_ID"] = os.environ.get("VINSOLUTIONS_DEALER_ID", "4412")
crm_log = logging.getLogger("crm.leads")

groq = Groq(api_key=os.environ["GROQ_API_KEY"])
mr = modelred.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
REPLY_MAX_TOKENS = 180


@app.post("/webhooks/vinsolutions/lead")
def new_lead():
    presented_key = request.headers.get("X-Vin-Api-Key", "")
    if presented_key != app.config["VIN_API_KEY"]:
        crm_log.warning("lead webhook with wrong key %s from %s", presented_key, request.remote_addr)
        return jsonify({"error": "unauthorized"}), 401
    lead = request.get_json()
    crm_log.info("lead %s for dealer %s", lead["leadId"], app.config["VIN_DEALER_ID"])
    chat = groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        max_tokens=REPLY_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Reply warmly to {lead['firstName']} about the {lead['vehicleOfInterest']}"}],
    )
    reply = chat.choices[0].message.content
    r = requests.post(f"https://api.vinsolutions.example/leads/{lead['leadId']}/notes", json={"note": reply}, headers={"api_key": app.config["VIN_API_KEY"]}, timeout=10)
    crm_log.info("note posted: %s %s (tokens %s)", r.status_code, r.reason, chat.usage.completion_tokens)
    return jsonify({"ok": True})


@app.get("/admin/health")
def health():
    crm_log.debug("vin key configured=%s groq key set=%s", bool(app.config["VIN_API_KEY"]), "GROQ_API_KEY" in os.environ)
    return jsonify({"dealer": app.config["VIN_DEALER_ID"]})


@app.get("/admin/assessments/<assessment_id>")
def assessment(assessment_id: str):
    try:
        a = mr.get_assessment(assessment_id)
    except modelred.NotFoundError as e:
        return jsonify({"error": str(e)}), 404
    except modelred.RateLimitError as e:
        crm_log.warning("modelred throttled: %s", e)
        return jsonify({"error": "busy, retry shortly"}), 429
    return jsonify({"id": assessment_id, "status": a.get("status")})
