"""Market-data vendor failover: Polygon, Finnhub, Alpha Vantage (plain functions)."""
import logging
import os

import requests

LOG = logging.getLogger("mdfeed")

PROVIDERS = (
    ("polygon", "POLYGON_API_KEY", "https://api.polygon.io/v2/last/trade/{sym}?apiKey={key}"),
    ("finnhub", "FINNHUB_API_KEY", "https://finnhub.io/api/v1/quote?symbol={sym}&token={key}"),
    ("alphavantage", "ALPHAVANTAGE_API_KEY", "https://www.alphavantage.co/query?function=GLOBAL_QUOTE&symbol={sym}&apikey={key}"),
)


def configured():
    out = []
    for name, var, tmpl in PROVIDERS:
        key = os.getenv(var)
        if key:
            out.append((name, key, tmpl))
        else:
            LOG.info("provider %s disabled (%s unset)", name, var)
    return out


def last_price(symbol: str):
    for name, key, tmpl in configured():
        url = tmpl.format(sym=symbol, key=key)
        try:
            r = requests.get(url, timeout=4)
        except requests.RequestException as exc:
            LOG.warning("%s unreachable: %s", name, exc.__class__.__name__)
            continue
        if r.status_code == 429:
            LOG.warning("%s throttled key %s", name, key)
            continue
        if r.ok:
            LOG.debug("%s answered %s in %.0f ms", name, r.status_code, r.elapsed.total_seconds() * 1000)
            return name, r.json()
    raise LookupError(f"no provider could price {symbol}")


def check_keys():
    problems = []
    for name, var, _ in PROVIDERS:
        key = os.getenv(var, "")
        if key and len(key) < 16:
            problems.append(f"{name}: key {key} too short")
    if problems:
        raise ValueError("; ".join(problems))
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    check_keys()
    print(last_price("MSFT"))
