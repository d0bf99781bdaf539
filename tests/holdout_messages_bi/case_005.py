"""Underwriting enrichment: pulls property risk data from a vendor and logs a summary."""
import hashlib
import logging
import os

import requests

logger = logging.getLogger("uw.enrich")

VENDOR_URL = "https://api.propertyrisk.example.com/v3/parcels"
VENDOR_KEY_ENV = "PROPRISK_API_KEY"
DEFAULT_TIMEOUT = 12


def vendor_key() -> str:
    return os.environ[VENDOR_KEY_ENV]


def key_fingerprint(k: str) -> str:
    return hashlib.sha256(k.encode()).hexdigest()[:10]


def enrich(address: str, policy_ref: str, api_key: str | None = None) -> dict:
    api_key = api_key or vendor_key()
    logger.info("enriching %s using %s (fp=%s)", policy_ref, VENDOR_KEY_ENV, key_fingerprint(api_key))
    params = {"address": address, "apikey": api_key, "include": "wildfire,flood,roof"}
    try:
        r = requests.get(VENDOR_URL, params=params, timeout=DEFAULT_TIMEOUT)
        r.raise_for_status()
    except requests.RequestException as exc:
        logger.error("vendor lookup failed for %s: %s", policy_ref, exc.__class__.__name__)
        logger.debug("vendor params: %s", params)
        raise
    data = r.json()
    logger.info("parcel %s wildfire=%s flood=%s", data.get("parcel_id"), data.get("wildfire_score"), data.get("flood_zone"))
    return data


def summarize(rows: list[dict]) -> None:
    safe = [{k: v for k, v in row.items() if k not in ("apikey", "token")} for row in rows]
    logger.info("enriched rows: %s", safe)
    for row in rows:
        if row.get("status") == "quota":
            logger.warning("vendor quota hit, key used: %s", row["apikey"])


if __name__ == "__main__":
    k = vendor_key()
    print(f"vendor key length={len(k)}")
    out = enrich("100 Main St, Springfield", "UW-2024-8812", api_key=k)
    summarize([{"policy": "UW-2024-8812", "apikey": k, "status": out.get("status", "ok")}])
