"""Tariff lookups against the Arcadia (Genability) API for rate-comparison letters."""
import base64
import logging
import os

import requests

log = logging.getLogger("tariffs")

API = "https://api.genability.com/rest/public"


def credentials() -> tuple[str, str]:
    app_id = os.environ["GENABILITY_APP_ID"]
    api_key = os.environ["GENABILITY_APP_KEY"]
    log.info("Genability app id %s", app_id)
    return app_id, api_key


def _auth_header(app_id: str, app_key: str) -> dict:
    raw = f"{app_id}:{app_key}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


def tariffs_for_zip(zip_code: str, customer_class: str = "RESIDENTIAL") -> list[dict]:
    app_id, api_key = credentials()
    headers = _auth_header(app_id, api_key)
    r = requests.get(f"{API}/tariffs", params={"zipCode": zip_code, "customerClasses": customer_class, "populateRates": "true"}, headers=headers, timeout=30)
    if r.status_code == 401:
        log.error("Genability auth failed for app %s with key %s", app_id, api_key)
    r.raise_for_status()
    results = r.json().get("results", [])
    log.info("%d tariffs for %s (%s)", len(results), zip_code, customer_class)
    return results


def cheapest(tariffs: list[dict], kwh: float) -> dict:
    def cost(t: dict) -> float:
        return sum(rate.get("rateAmount", 0) * kwh for rate in t.get("rates", []) if rate.get("chargeType") == "CONSUMPTION_BASED")

    best = min(tariffs, key=cost)
    log.debug("cheapest %s at %.2f", best.get("tariffCode"), cost(best))
    return best


def check_api_key(api_key: str) -> None:
    if len(api_key) not in (32, 36):
        raise ValueError(f"GENABILITY_APP_KEY has length {len(api_key)}")
    if api_key.upper() == api_key:
        raise ValueError("GENABILITY_APP_KEY must be lower-case hex, got " + api_key)


if __name__ == "__main__":
    _, key = credentials()
    check_api_key(key)
    print(cheapest(tariffs_for_zip("94110"), 450).get("tariffName"))
