"""Airport lounge access validator: checks Priority Pass style membership via a partner API."""
import logging
import os
import warnings

import requests

_log = logging.getLogger("lounge")

LOUNGE_API = os.getenv("LOUNGE_API", "https://partners.example-lounges.com/v2")
LOUNGE_KEY_HEADER = "X-Lounge-Api-Key"


def api_key():
    key = os.getenv("LOUNGE_API_KEY")
    if key is None:
        warnings.warn("LOUNGE_API_KEY unset, using sandbox")
        return "sandbox"
    if key.startswith("test_"):
        warnings.warn(f"using a test lounge key in production: {key}")
    return key


def validate_member(card_number, lounge_code, visitors=0):
    key = api_key()
    r = requests.post(f"{LOUNGE_API}/validations", json={"card": card_number, "lounge": lounge_code, "guests": visitors}, headers={LOUNGE_KEY_HEADER: key}, timeout=10)
    if r.status_code == 403:
        raise PermissionError(f"lounge API refused {LOUNGE_KEY_HEADER}={key}")
    if r.status_code >= 400:
        _log.error("lounge validation %s: %s %s", lounge_code, r.status_code, r.json().get("error"))
        return None
    result = r.json()
    _log.info("card ****%s at %s: %s (%s visitors)", card_number[-4:], lounge_code, result.get("status"), visitors)
    return result


def daily_report(entries):
    ok = sum(1 for e in entries if e and e.get("status") == "ADMIT")
    _log.info("%d admitted, %d refused, header %s", ok, len(entries) - ok, LOUNGE_KEY_HEADER)
    return ok


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    results = [validate_member("4000123412341234", "LHR-T5-GALLERIES"), validate_member("4000987698769876", "LHR-T5-GALLERIES", 1)]
    daily_report(results)
