"""Risk-limit service: validates orders from strategy workers (plain functions, warnings)."""
import logging
import os
import warnings

import redis

logger = logging.getLogger("risk")

REDIS_URL_ENV = "RISK_REDIS_URL"
MAX_NOTIONAL = float(os.getenv("MAX_NOTIONAL", "50000"))
SERVICE_TOKEN = os.environ.get("RISK_SERVICE_TOKEN", "")


def connect():
    url = os.environ[REDIS_URL_ENV]
    r = redis.Redis.from_url(url, password=os.environ.get("RISK_REDIS_PASSWORD"))
    logger.info("risk store from $%s", REDIS_URL_ENV)
    return r


def authorize(worker_token: str, worker: str) -> bool:
    if not SERVICE_TOKEN:
        warnings.warn("RISK_SERVICE_TOKEN unset; accepting all workers")
        return True
    if worker_token != SERVICE_TOKEN:
        logger.warning("worker %s sent wrong token %s", worker, worker_token)
        return False
    return True


def check(order: dict, worker_token: str, store=None) -> None:
    if not authorize(worker_token, order.get("worker", "?")):
        raise PermissionError(f"worker {order.get('worker')} not authorized")
    notional = order["qty"] * order["price"]
    if notional > MAX_NOTIONAL:
        raise ValueError(f"notional {notional:.2f} exceeds {MAX_NOTIONAL:.2f} for {order['symbol']}")
    if store is not None:
        used = float(store.get(f"risk:used:{order['symbol']}") or 0)
        logger.debug("used %.2f of %.2f on %s", used, MAX_NOTIONAL, order["symbol"])


def bootstrap():
    pw = os.environ.get("RISK_REDIS_PASSWORD")
    try:
        store = connect()
        store.ping()
    except redis.AuthenticationError as exc:
        raise RuntimeError(f"redis auth failed (password {pw!r})") from exc
    except redis.ConnectionError as exc:
        logger.error("redis down: %s", exc)
        raise
    return store


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    s = bootstrap()
    check({"worker": "w1", "symbol": "ES", "qty": 1, "price": 5000}, SERVICE_TOKEN, s)
