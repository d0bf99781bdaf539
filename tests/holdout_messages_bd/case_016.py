"""Ride-hailing surge pricing worker (Celery) with a ModelRed check of the pricing explainer."""
import logging
import os

from celery import Celery
from modelred import ModelRed, RateLimited, ServerError, APIError

app = Celery("surge", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("surge.tasks")

PRICING_MODEL = "surge-explainer-v3"


def _mr_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        raise RuntimeError("MODELRED_API_KEY must start with mr_")
    return key


@app.task(bind=True, max_retries=5)
def audit_explainer(self):
    key = _mr_key()
    try:
        with ModelRed(key, timeout=30.0, max_retries=0) as client:
            job = client.create_assessment(model_id=PRICING_MODEL, probe_pack_ids=["bias", "pricing-fairness"])
    except (RateLimited, ServerError) as exc:
        logger.warning("ModelRed busy (%s), retrying", type(exc).__name__)
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        logger.error("ModelRed failed for %s: %s", PRICING_MODEL, exc)
        return {"ok": False, "error": type(exc).__name__}
    logger.info("assessment %s queued", job["id"])
    return {"ok": True, "id": job["id"]}


@app.task
def recompute_zone(zone_id: str, demand: int, supply: int):
    ratio = demand / max(supply, 1)
    multiplier = min(1.0 + 0.25 * max(ratio - 1, 0), 3.0)
    logger.info("zone %s demand=%d supply=%d multiplier=%.2f", zone_id, demand, supply, multiplier)
    return multiplier


@app.task
def notify_partner(zone_id: str, multiplier: float):
    import requests
    partner_key = os.environ["PARTNER_FEED_KEY"]
    r = requests.post("https://partner.example/surge", json={"zone": zone_id, "m": multiplier}, headers={"X-Api-Key": partner_key}, timeout=5)
    if not r.ok:
        logger.error("partner feed rejected key %s for zone %s (%s)", partner_key, zone_id, r.status_code)
    return r.ok
