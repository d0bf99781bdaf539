"""EIA Open Data v2 helpers for the generation-mix brief."""
import logging
import os
import warnings

import requests

log = logging.getLogger("eia")

EIA_BASE = "https://api.eia.gov/v2"


def eia_api_key() -> str:
    key = os.getenv("EIA_API_KEY")
    if key is None:
        warnings.warn("EIA_API_KEY missing; falling back to DEMO_KEY (rate limited)")
        return "DEMO_KEY"
    return key


def fuel_mix(respondent: str, start: str, end: str, api_key: str | None = None) -> list[dict]:
    api_key = api_key or eia_api_key()
    params = {
        "api_key": api_key,
        "frequency": "hourly",
        "data[0]": "value",
        "facets[respondent][]": respondent,
        "start": start,
        "end": end,
        "length": 5000,
    }
    resp = requests.get(f"{EIA_BASE}/electricity/rto/fuel-type-data/data/", params=params, timeout=40)
    if resp.status_code == 403:
        warnings.warn(f"EIA refused api_key={api_key}; register at eia.gov/opendata")
    elif not resp.ok:
        log.error("EIA %s for %s: %s", resp.status_code, respondent, resp.text[:300])
    log.debug("EIA request params %s", params)
    public = {k: v for k, v in params.items() if k != "api_key"}
    log.info("EIA query %s", public)
    return resp.json()["response"]["data"]


def summarize_mix(rows: list[dict]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for r in rows:
        totals[r["fueltype"]] = totals.get(r["fueltype"], 0.0) + float(r["value"] or 0)
    return totals


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    rows = fuel_mix("MISO", "2024-06-01T00", "2024-06-02T00")
    print(summarize_mix(rows))
