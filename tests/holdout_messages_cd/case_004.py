"""ccxt-based arbitrage watcher; exchange credentials come from a YAML file."""
import asyncio
import logging

import ccxt.async_support as ccxt
import yaml

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("arb")


def load_exchanges(path="exchanges.yaml"):
    with open(path) as fh:
        cfg = yaml.safe_load(fh)
    out = {}
    for name, creds in cfg["exchanges"].items():
        if not creds.get("apiKey"):
            raise ValueError(f"{name}: apiKey missing, got {creds.get('apiKey')!r}")
        ex_cls = getattr(ccxt, name)
        out[name] = ex_cls({"apiKey": creds["apiKey"], "secret": creds["secret"], "enableRateLimit": True})
        log.info("loaded %s with options %s", name, sorted(creds))
        log.debug("credentials for %s: %s", name, creds)
    return out


async def spread(exchanges, symbol):
    books = {}
    for name, ex in exchanges.items():
        try:
            books[name] = await ex.fetch_order_book(symbol, limit=5)
        except ccxt.AuthenticationError as exc:
            raise RuntimeError(f"{name} auth failed with secret {ex.secret}") from exc
        except ccxt.NetworkError as exc:
            log.warning("%s network error: %s", name, exc)
    bids = {n: b["bids"][0][0] for n, b in books.items() if b["bids"]}
    asks = {n: b["asks"][0][0] for n, b in books.items() if b["asks"]}
    return bids, asks


async def main():
    exchanges = load_exchanges()
    try:
        while True:
            bids, asks = await spread(exchanges, "BTC/USDT")
            if bids and asks:
                hi = max(bids, key=bids.get)
                lo = min(asks, key=asks.get)
                log.info("best bid %s@%s best ask %s@%s", hi, bids[hi], lo, asks[lo])
            await asyncio.sleep(5)
    finally:
        for ex in exchanges.values():
            await ex.close()


if __name__ == "__main__":
    asyncio.run(main())
