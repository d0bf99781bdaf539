# collect OHLCV from a few exchanges with ccxt, run once an hour from cron
import json
import os
import sys

import ccxt

EXCHANGES = ["kraken", "coinbase", "bitfinex"]
SYMBOLS = ["BTC/USD", "ETH/USD"]
OUT_DIR = os.environ.get("OHLCV_DIR", "./ohlcv")

creds = {}
for name in EXCHANGES:
    key = os.getenv(f"{name.upper()}_KEY")
    secret = os.getenv(f"{name.upper()}_SECRET")
    if not key:
        print(f"{name}: no key in {name.upper()}_KEY, public endpoints only", file=sys.stderr)
        continue
    creds[name] = {"apiKey": key, "secret": secret}
    print(f"{name}: loaded key {key[:4]}... ({len(secret or '')} char secret)")

print("credentials:", creds)

os.makedirs(OUT_DIR, exist_ok=True)
for name in EXCHANGES:
    cls = getattr(ccxt, name)
    ex = cls({"enableRateLimit": True, **creds.get(name, {})})
    for sym in SYMBOLS:
        try:
            rows = ex.fetch_ohlcv(sym, timeframe="1h", limit=48)
        except ccxt.AuthenticationError as err:
            print(f"{name} auth failed: {err}", file=sys.stderr)
            continue
        except ccxt.NetworkError as err:
            print(f"{name} {sym} network: {type(err).__name__}", file=sys.stderr)
            continue
        path = os.path.join(OUT_DIR, f"{name}_{sym.replace('/', '-')}.json")
        with open(path, "w") as fh:
            json.dump(rows, fh)
        print(f"{name} {sym}: {len(rows)} candles -> {path}")

kraken_secret = creds.get("kraken", {}).get("secret")
if kraken_secret and len(kraken_secret) % 4:
    sys.stderr.write("kraken secret looks truncated: " + str(len(kraken_secret)) + " chars\n")
print("done", file=sys.stderr)
