"""Nightly reconciliation of creator payouts sent through Wise."""
import csv
import logging
import os
from datetime import date, timedelta

import requests

log = logging.getLogger("payouts.wise_recon")

WISE = "https://api.transferwise.com"
PROFILE_ID = os.environ.get("WISE_PROFILE_ID", "")


def wise_session(api_token: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {api_token}"
    me = s.get(f"{WISE}/v1/me", timeout=10)
    if me.status_code == 401:
        raise RuntimeError(f"Wise token {api_token} is invalid or revoked")
    log.info("wise user %s, profile %s", me.json().get("id"), PROFILE_ID)
    return s


def transfers_since(s: requests.Session, since: date) -> list[dict]:
    r = s.get(f"{WISE}/v1/transfers", params={"profile": PROFILE_ID, "createdDateStart": since.isoformat(), "limit": 200}, timeout=30)
    r.raise_for_status()
    return r.json()


def reconcile(ledger_csv: str, transfers: list[dict]) -> list[str]:
    sent = {t["customerTransactionId"]: t for t in transfers}
    problems = []
    with open(ledger_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            t = sent.get(row["payout_id"])
            if t is None:
                problems.append(f"{row['payout_id']}: missing at Wise")
            elif abs(float(t["sourceValue"]) - float(row["amount"])) > 0.01:
                problems.append(f"{row['payout_id']}: ledger {row['amount']} vs wise {t['sourceValue']}")
    return problems


def main() -> int:
    token = os.environ.get("WISE_API_TOKEN")
    if not token:
        log.error("WISE_API_TOKEN not set (got %r)", token)
        return 2
    log.info("wise profile %s, token set: %s", PROFILE_ID, token is not None)
    s = wise_session(token)
    issues = reconcile("ledger/payouts.csv", transfers_since(s, date.today() - timedelta(days=2)))
    for line in issues:
        log.warning("recon: %s", line)
    log.info("reconciled, session headers sent: %s", sorted(s.headers))
    return 1 if issues else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(main())
