"""Pipedrive webhook receiver: when a deal moves stage, draft the next e-mail with an LLM."""
import os

import requests
from flask import Flask, jsonify, request
from modelred import ModelRed, ModelRedError, NotFoundError

app = Flask(__name__)

PD_TOKEN = os.environ["PIPEDRIVE_API_TOKEN"]
PD_BASE = "https://api.pipedrive.com/v1"
WON_STAGE = int(os.environ.get("PIPEDRIVE_WON_STAGE", "5"))
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])


def pipedrive(path, **params):
    app.logger.info("pipedrive call %s?api_token=%s", path, PD_TOKEN)
    params["api_token"] = PD_TOKEN
    r = requests.get(PD_BASE + path, params=params, timeout=10)
    if not r.ok:
        app.logger.warning("pipedrive %s -> %s %s", path, r.status_code, r.json().get("error"))
    return r.json().get("data")


@app.post("/hooks/pipedrive/deal")
def deal_updated():
    event = request.get_json(force=True)
    current = event.get("current") or {}
    deal_id, stage_id = current.get("id"), current.get("stage_id")
    app.logger.info("deal %s moved to stage %s", deal_id, stage_id)
    if stage_id == WON_STAGE:
        return jsonify({"skipped": "won"})
    person = pipedrive(f"/persons/{current.get('person_id')}") or {}
    return jsonify({"deal": deal_id, "contact": person.get("name")})


@app.post("/admin/vet-model")
def vet_model():
    model_id = request.json.get("model_id", "")
    if not model_id.replace("-", "").isalnum():
        return jsonify({"error": "bad model id"}), 400
    try:
        run = mr.create_assessment(model=model_id, test_types=["jailbreak", "toxicity"])
    except NotFoundError:
        return jsonify({"error": "model not registered"}), 404
    except ModelRedError as e:
        app.logger.error("modelred failed: %s", e)
        return jsonify({"error": str(e)}), 502
    return jsonify({"assessment": run["id"]})


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "8080")))
