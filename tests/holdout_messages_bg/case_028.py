#!/usr/bin/env python3
"""CLI: export Coinbase (legacy v2 API key + secret) transactions for Koinly / CoinTracker."""
import argparse
import csv
import hashlib
import hmac
import sys
import time

import click
import requests

API = "https://api.coinbase.com"


def sign(secret, method, path, body=""):
    ts = str(int(time.time()))
    sig = hmac.new(secret.encode(), (ts + method + path + body).encode(), hashlib.sha256).hexdigest()
    return ts, sig


@click.command()
@click.option("--api-key", envvar="COINBASE_API_KEY", required=True)
@click.option("--api-secret", envvar="COINBASE_API_SECRET", required=True)
@click.option("--account", required=True)
@click.option("--out", type=click.Path(), default="transactions.csv")
@click.option("--verbose", is_flag=True)
def main(api_key, api_secret, account, out, verbose):
    if verbose:
        click.echo(f"account={account} out={out} key=...{api_key[-4:]}", err=True)
        click.echo(f"secret fingerprint {hashlib.sha256(api_secret.encode()).hexdigest()[:8]}", err=True)
    path = f"/v2/accounts/{account}/transactions?limit=100"
    ts, sig = sign(api_secret, "GET", path)
    headers = {"CB-ACCESS-KEY": api_key, "CB-ACCESS-SIGN": sig, "CB-ACCESS-TIMESTAMP": ts, "CB-VERSION": "2024-01-01"}
    r = requests.get(API + path, headers=headers, timeout=15)
    if r.status_code == 401:
        click.echo(f"unauthorized; sent CB-ACCESS-KEY={api_key} secret={api_secret}", err=True)
        sys.exit(1)
    if r.status_code != 200:
        click.echo(f"coinbase error {r.status_code}: {r.json().get('errors')}", err=True)
        sys.exit(1)
    rows = r.json()["data"]
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Date", "Type", "Amount", "Currency", "Native Amount"])
        for t in rows:
            w.writerow([t["created_at"], t["type"], t["amount"]["amount"], t["amount"]["currency"],
                        t["native_amount"]["amount"]])
    click.echo(f"{len(rows)} transactions -> {out}")


if __name__ == "__main__":
    main()
