"""Quart API for a vacation-rental pricing assistant (PriceLabs + Gemini)."""
import logging
import os

import httpx
import google.generativeai as genai
from quart import Quart, jsonify, request

app = Quart(__name__)
plog = logging.getLogger("pricing")

GOOGLE_API_KEY = os.environ["GOOGLE_API_KEY"]
genai.configure(api_key=GOOGLE_API_KEY)
gemini = genai.GenerativeModel("gemini-1.5-flash")


def pricelabs_headers():
    return {"X-API-Key": os.environ["PRICELABS_API_KEY"], "Content-Type": "application/json"}


@app.post("/listings/<listing_id>/suggest")
async def suggest(listing_id):
    body = await request.get_json()
    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.get("https://api.pricelabs.co/v1/listing_prices", params={"listing_id": listing_id, "pms": body.get("pms", "hostaway")}, headers=pricelabs_headers())
    if r.status_code != 200:
        plog.error("pricelabs %s for %s: %s", r.status_code, listing_id, r.text[:200])
        plog.debug("pricelabs request headers: %s", pricelabs_headers())
        return jsonify(error="pricing source unavailable"), 502
    prices = r.json()
    reply = gemini.generate_content(f"Suggest a nightly rate strategy for listing {listing_id} given {prices}", generation_config={"max_output_tokens": 600})
    plog.info("gemini for %s: %s tokens", listing_id, reply.usage_metadata.total_token_count)
    return jsonify(suggestion=reply.text)


@app.get("/diag")
async def diag():
    info = {"gemini_key_tail": GOOGLE_API_KEY[-4:], "pricelabs_key_set": "PRICELABS_API_KEY" in os.environ}
    plog.info("diag %s", info)
    return jsonify(info)


@app.before_serving
async def announce():
    plog.info("pricing assistant starting, model %s", gemini.model_name)
