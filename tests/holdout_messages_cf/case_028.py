"""Car-rental quote aggregator: functions shared by the web app and the batch job."""
import logging
import os
from typing import Any

import httpx
from modelred import ModelRedClient, ModelRedError

log = logging.getLogger("cars")

SUPPLIERS = {
    "sixt": {"url": "https://api.example-sixt.com/v1/quotes", "key_env": "SIXT_API_KEY"},
    "hertz": {"url": "https://api.example-hertz.com/quotes", "key_env": "HERTZ_API_KEY"},
}


def supplier_keys():
    return {name: os.environ.get(s["key_env"], "") for name, s in SUPPLIERS.items()}


def quote(supplier: str, pickup: str, dropoff: str, start: str, end: str) -> list[dict[str, Any]]:
    s = SUPPLIERS[supplier]
    key = os.environ.get(s["key_env"], "")
    log.debug("quoting %s via %s (key env %s)", supplier, s["url"], s["key_env"])
    r = httpx.get(s["url"], params={"pickup": pickup, "dropoff": dropoff, "start": start, "end": end}, headers={"Authorization": f"ApiKey {key}"}, timeout=15)
    if r.status_code == 401:
        raise PermissionError(f"{supplier} rejected key {key}")
    return r.json().get("quotes", [])


def all_quotes(pickup, dropoff, start, end):
    keys = supplier_keys()
    missing = [name for name, k in keys.items() if not k]
    if missing:
        log.warning("no keys for suppliers %s", missing)
    log.debug("supplier keys loaded: %s", keys)
    out = []
    for name in SUPPLIERS:
        if name not in missing:
            out.extend(quote(name, pickup, dropoff, start, end))
    return sorted(out, key=lambda q: q.get("total", 1e9))


def scan_quote_explainer(model_id: str) -> dict:
    mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    try:
        a = mr.create_assessment(model=model_id, test_types=["pricing_manipulation"], priority="low")
        return {"ok": True, "assessment": a.get("id")}
    except ModelRedError as e:
        return {"ok": False, "error": str(e)}
