"""PJM Data Miner 2 helpers: real-time LMP pulls for the congestion explainer."""
import logging
import os
from datetime import datetime, timedelta

import requests

log = logging.getLogger(__name__)

DATAMINER = "https://api.pjm.com/api/v1"
PJM_KEY_ENV = "PJM_SUBSCRIPTION_KEY"


def pjm_key() -> str:
    key = os.environ.get(PJM_KEY_ENV, "").strip()
    if not key:
        raise RuntimeError(f"set {PJM_KEY_ENV}; got {key!r}")
    if len(key) != 32:
        raise ValueError(f"PJM subscription key looks malformed: {key}")
    return key


def fetch_lmp(pnode_id: int, hours: int = 6, api_key: str | None = None) -> list[dict]:
    api_key = api_key or pjm_key()
    end = datetime.utcnow()
    start = end - timedelta(hours=hours)
    params = {
        "pnode_id": pnode_id,
        "datetime_beginning_ept": f"{start:%m/%d/%Y %H:%M}to{end:%m/%d/%Y %H:%M}",
        "rowCount": 5000,
    }
    resp = requests.get(
        f"{DATAMINER}/rt_fivemin_hrl_lmps",
        params=params,
        headers={"Ocp-Apim-Subscription-Key": api_key},
        timeout=30,
    )
    log.info("PJM LMP pnode=%s params=%s status=%s", pnode_id, params, resp.status_code)
    if resp.status_code == 401:
        log.error("PJM rejected subscription key %s", api_key)
    resp.raise_for_status()
    return resp.json().get("items", [])


def congestion_rows(rows: list[dict], threshold: float = 25.0) -> list[dict]:
    flagged = [r for r in rows if abs(r.get("congestion_price_rt", 0.0)) > threshold]
    log.debug("%d of %d intervals above %.1f $/MWh", len(flagged), len(rows), threshold)
    return flagged


def key_fingerprint(key: str) -> str:
    import hashlib

    digest = hashlib.sha256(key.encode()).hexdigest()[:10]
    log.info("using PJM key fingerprint %s", digest)
    return digest
