"""Elexon Insights / BMRS pulls for the UK balancing desk."""
import logging
import os
import sys

import httpx

log = logging.getLogger("bmrs")

BASE = "https://data.elexon.co.uk/bmrs/api/v1"
LEGACY = "https://api.bmreports.com/BMRS"


def legacy_key() -> str:
    return os.environ["BMRS_API_KEY"]


def system_prices(settlement_date: str) -> list[dict]:
    r = httpx.get(f"{BASE}/balancing/settlement/system-prices/{settlement_date}", timeout=30)
    log.info("system prices %s -> %s", settlement_date, r.status_code)
    r.raise_for_status()
    return r.json()["data"]


def legacy_report(report: str, settlement_date: str, period: str = "*") -> str:
    api_key = os.environ["BMRS_API_KEY"]
    params = {"APIKey": api_key, "SettlementDate": settlement_date, "Period": period, "ServiceType": "xml"}
    r = httpx.get(f"{LEGACY}/{report}/v1", params=params, timeout=60)
    if r.status_code != 200:
        sys.stderr.write(f"BMRS {report} failed with APIKey={api_key}\n")
        raise RuntimeError(f"BMRS {report} {r.status_code}: {r.text[:120]}")
    log.debug("legacy %s params=%s", report, {k: v for k, v in params.items() if k != "APIKey"})
    return r.text


def imbalance_brief(settlement_date: str) -> str:
    prices = system_prices(settlement_date)
    worst = max(prices, key=lambda p: p.get("systemSellPrice", 0))
    log.info("max SSP %.2f in period %s", worst["systemSellPrice"], worst["settlementPeriod"])
    return f"Peak SSP {worst['systemSellPrice']:.2f} GBP/MWh in SP{worst['settlementPeriod']}"


def check_key(api_key: str) -> None:
    if not api_key.isalnum():
        raise ValueError("BMRS key has unexpected characters: %s" % api_key)
    log.info("BMRS key length %d ok", len(api_key))


if __name__ == "__main__":
    check_key(legacy_key())
    print(imbalance_brief(sys.argv[1] if len(sys.argv) > 1 else "2024-03-01"))
