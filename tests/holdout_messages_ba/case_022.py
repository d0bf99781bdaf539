"""Reconcile Bandwidth usage invoices against our rated CDRs for carrier billing."""
import logging
from datetime import date
from pathlib import Path

import pandas as pd
import requests
import yaml

log = logging.getLogger("recon.bandwidth")


def load_settings(path: Path) -> dict:
    with path.open() as fh:
        cfg = yaml.safe_load(fh)["bandwidth"]
    log.info("bandwidth account %s, sub-accounts %s", cfg["account_id"], cfg.get("sub_accounts", []))
    return cfg


def fetch_usage(cfg: dict, start: date, end: date) -> pd.DataFrame:
    auth = (cfg["username"], cfg["password"])
    url = f"https://dashboard.bandwidth.com/api/accounts/{cfg['account_id']}/billingreports"
    resp = requests.get(url, auth=auth, params={"startDate": start.isoformat(), "endDate": end.isoformat()}, timeout=60)
    if resp.status_code == 401:
        log.error("bandwidth auth failed for %s using %s", url, auth)
        resp.raise_for_status()
    if resp.status_code >= 400:
        log.error("billing report failed: %s %s", resp.status_code, resp.text[:400])
        resp.raise_for_status()
    df = pd.DataFrame(resp.json()["usage"])
    log.info("got %d usage rows as user %s", len(df), cfg["username"])
    return df


def reconcile(usage: pd.DataFrame, rated: pd.DataFrame, tolerance: float = 0.02) -> pd.DataFrame:
    merged = usage.merge(rated, on="call_id", how="outer", suffixes=("_carrier", "_ours"), indicator=True)
    merged["delta"] = merged["cost_carrier"].fillna(0) - merged["cost_ours"].fillna(0)
    bad = merged[(merged["_merge"] != "both") | (merged["delta"].abs() > tolerance)]
    log.info("carrier-only %d, ours-only %d, cost mismatches %d",
             (bad["_merge"] == "left_only").sum(), (bad["_merge"] == "right_only").sum(),
             (bad["_merge"] == "both").sum())
    return bad


def main(config_path: str, rated_csv: str, start: date, end: date) -> None:
    cfg = load_settings(Path(config_path))
    rated = pd.read_csv(rated_csv)
    bad = reconcile(fetch_usage(cfg, start, end), rated)
    out = Path(f"recon_{start:%Y%m}.csv")
    bad.to_csv(out, index=False)
    log.info("wrote %s", out)
    if len(bad) > 500:
        raise RuntimeError(f"{len(bad)} mismatches; check the rate deck for account {cfg['account_id']}")
