"""EV fleet charging scheduler: smart charging profiles sent via OCPP SetChargingProfile."""
import logging
import os
from datetime import datetime, timedelta

import requests
import modelred

logger = logging.getLogger("smart_charging")
TARIFF_API = "https://api.energy-tariffs.example/v2"
TARIFF_TOKEN = os.environ["TARIFF_API_TOKEN"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
GROQ_API_KEY = os.environ.get("GROQ_API_KEY")


def cheapest_window(hours: int = 4) -> datetime:
    r = requests.get(f"{TARIFF_API}/prices", params={"zone": "DE-LU", "token": TARIFF_TOKEN}, timeout=10)
    if r.status_code != 200:
        logger.error("tariff fetch failed with %s", r.status_code)
        raise RuntimeError(f"tariff API returned {r.status_code} for token {TARIFF_TOKEN}")
    prices = r.json()["prices"]
    best = min(range(len(prices) - hours), key=lambda i: sum(p["eur_mwh"] for p in prices[i:i + hours]))
    start = datetime.fromisoformat(prices[best]["start"])
    logger.info("cheapest %dh window starts %s", hours, start)
    return start


def profile_for(start: datetime, kw: float) -> dict:
    return {"chargingProfileId": 1, "stackLevel": 0, "chargingProfilePurpose": "TxDefaultProfile",
            "chargingSchedule": {"startSchedule": start.isoformat(), "chargingRateUnit": "W",
                                 "chargingSchedulePeriod": [{"startPeriod": 0, "limit": kw * 1000}]}}


def audit_planner():
    client = modelred.ModelRed(api_key=MODELRED_KEY)
    cfg = modelred.ProviderConfig.rest(api_key=GROQ_API_KEY, base_url="https://api.groq.com/openai/v1", model="llama-3.1-8b-instant")
    try:
        client.create_model(modelId="charge-planner", provider="rest", displayName="Charge planner", providerConfig=cfg)
    except modelred.ConflictError:
        logger.info("charge-planner exists")
    except modelred.ModelRedError as err:
        logger.error("create_model failed: %s", err)
        return
    logger.info("planner registered; groq key configured=%s", bool(GROQ_API_KEY))


if __name__ == "__main__":
    start = cheapest_window()
    p = profile_for(start, 11.0)
    logger.info("profile %s", p)
    audit_planner()
    logger.info("next run %s", start + timedelta(days=1))
