"""Nightly sync of ServiceTitan invoices into the estimating warehouse."""
import os
import sys
from dataclasses import dataclass, field

import psycopg
import requests


@dataclass
class StCreds:
    tenant: str
    client_id: str
    client_secret: str = field(repr=False)
    app_key: str = field(repr=False)


def creds_from_env() -> StCreds:
    return StCreds(
        tenant=os.environ["ST_TENANT"],
        client_id=os.environ["ST_CLIENT_ID"],
        client_secret=os.environ["ST_CLIENT_SECRET"],
        app_key=os.environ["ST_APP_KEY"],
    )


def st_token(c: StCreds) -> str:
    r = requests.post("https://auth.servicetitan.io/connect/token", data={
        "grant_type": "client_credentials", "client_id": c.client_id, "client_secret": c.client_secret,
    }, timeout=20)
    if r.status_code != 200:
        sys.stderr.write(f"token call failed for {c!r}: {r.status_code}\n")
        sys.stderr.write(f"secret used: {c.client_secret}\n")
        r.raise_for_status()
    return r.json()["access_token"]


def invoices(c: StCreds, token: str, page: int = 1):
    url = f"https://api.servicetitan.io/accounting/v2/tenant/{c.tenant}/invoices"
    r = requests.get(url, params={"page": page}, headers={"Authorization": token, "ST-App-Key": c.app_key}, timeout=30)
    return r.json()


def main():
    c = creds_from_env()
    dsn = os.environ["WAREHOUSE_DSN"]
    token = st_token(c)
    sys.stderr.write(f"tenant {c.tenant} token length {len(token)}\n")
    with psycopg.connect(dsn) as conn:
        data = invoices(c, token)
        for inv in data.get("data", []):
            conn.execute("insert into st_invoices(id, total) values (%s, %s) on conflict do nothing",
                         (inv["id"], inv["total"]))
    print(f"synced {len(data.get('data', []))} invoices, app key {c.app_key}", file=sys.stderr)


if __name__ == "__main__":
    main()
