import logging
import os
from typing import Any

import requests

log = logging.getLogger(__name__)

WORKDAY_TOKEN_URL = "https://wd2-impl-services1.workday.com/ccx/oauth2/acme/token"
CLIENT_ID_ENV = "WORKDAY_CLIENT_ID"
REFRESH_ENV = "WORKDAY_REFRESH_TOKEN"


def workday_token() -> str:
    data = {"grant_type": "refresh_token", "refresh_token": os.environ[REFRESH_ENV], "client_id": os.environ[CLIENT_ID_ENV], "client_secret": os.environ["WORKDAY_CLIENT_SECRET"]}
    log.debug("token request fields: %s", sorted(data))
    resp = requests.post(WORKDAY_TOKEN_URL, data=data, timeout=20)
    if resp.status_code != 200:
        log.error("token refresh failed: %s %s", resp.status_code, resp.text[:200])
        raise RuntimeError(f"workday token refresh failed, request was {data}")
    return resp.json()["access_token"]


def get_workers(changed_since: str) -> list[dict[str, Any]]:
    token = workday_token()
    url = "https://wd2-impl-services1.workday.com/ccx/api/v1/acme/workers"
    r = requests.get(url, headers={"Authorization": f"Bearer {token}"}, params={"updatedFrom": changed_since}, timeout=60)
    log.info("workers %s -> %s (%d bytes)", changed_since, r.status_code, len(r.content))
    if r.status_code == 401:
        log.warning("bearer %s rejected by workday", token)
    r.raise_for_status()
    return r.json().get("data", [])


def to_hris_rows(workers: list[dict]) -> list[dict]:
    rows = []
    for w in workers:
        rows.append({"employee_id": w["id"], "name": w.get("descriptor"), "email": w.get("primaryWorkEmail"), "manager": (w.get("manager") or {}).get("id")})
    return rows


def sync(changed_since: str) -> int:
    rows = to_hris_rows(get_workers(changed_since))
    log.info("synced %d workers, refresh env %s, client env %s", len(rows), REFRESH_ENV, CLIENT_ID_ENV)
    return len(rows)
