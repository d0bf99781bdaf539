"""Amadeus hotel-offers proxy used by the mobile app; screens its review summariser with ModelRed."""
import logging
import os

import requests
from flask import Blueprint, jsonify, request
from modelred import *  # ModelRed, ModelRedError, ...

hotels = Blueprint("hotels", __name__)
hlog = logging.getLogger("mobile.hotels")

AMADEUS_TOKEN_URL = "https://test.api.amadeus.com/v1/security/oauth2/token"
TOKEN_CACHE_FIELD = "amadeus_access_token"
_cache = {}


def amadeus_token() -> str:
    if TOKEN_CACHE_FIELD in _cache:
        return _cache[TOKEN_CACHE_FIELD]
    r = requests.post(AMADEUS_TOKEN_URL, data={"grant_type": "client_credentials", "client_id": os.environ["AMADEUS_CLIENT_ID"], "client_secret": os.environ["AMADEUS_CLIENT_SECRET"]})
    hlog.info("amadeus token request %s, cache field %s", r.status_code, TOKEN_CACHE_FIELD)
    _cache[TOKEN_CACHE_FIELD] = r.json()["access_token"]
    return _cache[TOKEN_CACHE_FIELD]


@hotels.get("/hotels/offers")
def offers():
    params = {"hotelIds": request.args["ids"], "adults": request.args.get("adults", 1)}
    r = requests.get("https://test.api.amadeus.com/v3/shopping/hotel-offers", params=params, headers={"Authorization": f"Bearer {amadeus_token()}"})
    hlog.info("hotel-offers %s for %s", r.status_code, params)
    return jsonify(r.json()), r.status_code


@hotels.post("/hotels/review-summariser/screen")
def screen_summariser():
    import asyncio

    async def go():
        async with ModelRed() as client:
            return await client.run_assessment(model_id="review-summariser", test_suites=["pii", "toxicity"])

    try:
        res = asyncio.run(go())
    except ModelRedError as e:
        hlog.error("screening failed: %s", type(e).__name__)
        return jsonify({"ok": False, "reason": f"{e}"}), 502
    return jsonify({"ok": True, "assessment_id": res["assessment_id"]})
