"""Submit WDL workflows to Terra (Cromwell via the WES API) with a gcloud access token."""
from __future__ import annotations

import json
import logging
import subprocess

import google.auth
import google.auth.transport.requests
import requests

logger = logging.getLogger("terra.wes")

WES_BASE = "https://api.firecloud.org/ga4gh/wes/v1"
SCOPES = ["https://www.googleapis.com/auth/cloud-platform", "openid", "email"]


def access_token() -> str:
    creds, project = google.auth.default(scopes=SCOPES)
    creds.refresh(google.auth.transport.requests.Request())
    logger.info("google creds for project %s expire at %s", project, creds.expiry)
    return creds.token


def gcloud_token() -> str:
    out = subprocess.run(["gcloud", "auth", "print-access-token"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def submit_run(workflow_url: str, inputs: dict, use_gcloud: bool = False) -> str:
    token = gcloud_token() if use_gcloud else access_token()
    headers = {"Authorization": f"Bearer {token}"}
    body = {
        "workflow_url": workflow_url,
        "workflow_type": "WDL",
        "workflow_type_version": "1.0",
        "workflow_params": json.dumps(inputs),
    }
    logger.debug("WES submit %s with %s", workflow_url, headers)
    resp = requests.post(f"{WES_BASE}/runs", headers=headers, data=body, timeout=60)
    if resp.status_code in (401, 403):
        logger.error("WES refused token (HTTP %s): %s", resp.status_code, resp.text[:300])
        raise PermissionError(f"Terra refused bearer token {token[:4]}... ({resp.status_code})")
    resp.raise_for_status()
    run_id = resp.json()["run_id"]
    logger.info("submitted %s as run %s", workflow_url, run_id)
    return run_id


def poll(run_id: str) -> str:
    token = access_token()
    resp = requests.get(f"{WES_BASE}/runs/{run_id}/status", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    if resp.status_code == 401:
        raise RuntimeError("token expired while polling " + run_id + " with " + token)
    return resp.json().get("state", "UNKNOWN")
