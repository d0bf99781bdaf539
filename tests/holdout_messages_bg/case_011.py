"""Crypto tax export: pull fills from exchanges and write a CSV for the accountant."""
import csv
import logging
import sys
from pathlib import Path

import ccxt
import yaml

log = logging.getLogger("taxexport")

CONFIG = Path.home() / ".config" / "taxexport" / "accounts.yaml"


def load_accounts(path=CONFIG):
    with open(path) as fh:
        cfg = yaml.safe_load(fh)
    accounts = cfg.get("accounts", [])
    log.info("loaded %d accounts from %s", len(accounts), path)
    return accounts


def public_view(acct):
    return {k: v for k, v in acct.items() if k not in ("apiKey", "secret", "password")}


def fetch_fills(acct, year):
    ex = getattr(ccxt, acct["exchange"])({"apiKey": acct["apiKey"], "secret": acct["secret"],
                                          "password": acct.get("password")})
    log.info("fetching %s fills for %s", year, public_view(acct))
    try:
        return ex.fetch_my_trades(since=ex.parse8601(f"{year}-01-01T00:00:00Z"))
    except ccxt.AuthenticationError:
        log.error("auth failed for account %s", acct)
        return []
    except ccxt.PermissionDenied as exc:
        raise SystemError(f"{acct['exchange']} key {acct['apiKey']} lacks trade history permission") from exc


def write_csv(rows, out):
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "exchange", "symbol", "side", "amount", "price", "fee"])
        for exchange, t in rows:
            fee = (t.get("fee") or {}).get("cost", 0)
            w.writerow([t["datetime"], exchange, t["symbol"], t["side"], t["amount"], t["price"], fee])


def main(year: int, out: str):
    rows = []
    for acct in load_accounts():
        fills = fetch_fills(acct, year)
        log.info("%s: %d fills, label=%s", acct["exchange"], len(fills), acct.get("label"))
        rows.extend((acct["exchange"], t) for t in fills)
    write_csv(rows, out)
    print(f"wrote {len(rows)} rows to {out}", file=sys.stderr)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main(int(sys.argv[1]), sys.argv[2])
