"""Flask webhook for Tomorrow.io weather alerts -> LLM-written farmer SMS."""
import os
import logging

import requests
from flask import Flask, request, jsonify, abort
from openai import OpenAI, APIStatusError
from modelred import ModelRed, NotFound, ModelRedError

app = Flask(__name__)
alog = logging.getLogger("alerts.webhook")

TOMORROW_KEY = os.environ["TOMORROW_API_KEY"]
WEBHOOK_SECRET = os.environ["ALERT_WEBHOOK_SECRET"]
llm = OpenAI()
scanner = ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/hooks/tomorrow")
def tomorrow_alert():
    sent = request.headers.get("X-Webhook-Secret", "")
    if sent != WEBHOOK_SECRET:
        alog.warning("webhook secret mismatch from %s: got %s", request.remote_addr, sent)
        abort(403)
    alert = request.get_json()
    alog.info("alert %s for location %s", alert.get("eventId"), alert.get("locationId"))
    try:
        msg = llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=120,
            messages=[{"role": "user", "content": f"Write a 160-char SMS for farmers: {alert['insight']}"}],
        )
    except APIStatusError as e:
        alog.error("openai status %s request id %s", e.status_code, e.request_id)
        return jsonify(error="llm unavailable"), 503
    return jsonify(sms=msg.choices[0].message.content, tokens=msg.usage.completion_tokens)


@app.get("/forecast/<loc>")
def forecast(loc):
    r = requests.get("https://api.tomorrow.io/v4/weather/forecast", params={"location": loc, "apikey": TOMORROW_KEY}, timeout=15)
    if r.status_code == 401:
        alog.error("tomorrow.io rejected apikey %s", TOMORROW_KEY)
        return jsonify(error="weather provider auth failed"), 502
    return jsonify(r.json()["timelines"]["daily"][:3])


@app.get("/models/<model_id>")
def model_info(model_id):
    try:
        return jsonify(scanner.get_model(model_id))
    except NotFound:
        return jsonify(error=f"no model {model_id}"), 404
    except ModelRedError as e:
        return jsonify(error=f"ModelRed: {e}"), 502
