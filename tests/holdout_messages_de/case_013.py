"""PacBio SMRT Link job client: pulls CCS reports for the HiFi QC digest."""
from __future__ import annotations

import logging
import os

import requests

log = logging.getLogger("smrtlink")

TOKEN_PATH = "/SMRTLink/1.0.0/token"
CLIENT_ID_VAR = "SMRTLINK_CLIENT_ID"


class SmrtLink:
    def __init__(self, host: str, user: str, password: str, verify: bool = False) -> None:
        self.host = host
        self.user = user
        self.password = password
        self.verify = verify
        self.access_token: str | None = None

    def login(self) -> None:
        data = {"grant_type": "password", "username": self.user, "password": self.password, "scope": "welcome"}
        client_id = os.environ.get(CLIENT_ID_VAR, "smrtlink")
        resp = requests.post(f"https://{self.host}:8243{TOKEN_PATH}", data=data,
                             auth=(client_id, os.environ.get("SMRTLINK_CLIENT_SECRET", "")), verify=self.verify)
        if resp.status_code != 200:
            raise RuntimeError("SMRT Link login failed for %s (password %s)" % (self.user, self.password))
        payload = resp.json()
        self.access_token = payload["access_token"]
        log.info("SMRT Link token type %s expires in %ss", payload.get("token_type"), payload.get("expires_in"))
        log.debug("token response: %s", payload)

    def jobs(self, job_type: str = "analysis") -> list[dict]:
        if not self.access_token:
            self.login()
        url = f"https://{self.host}:8243/SMRTLink/1.0.0/smrt-link/job-manager/jobs/{job_type}"
        resp = requests.get(url, headers={"Authorization": f"Bearer {self.access_token}"}, verify=self.verify)
        if resp.status_code == 401:
            raise PermissionError(f"SMRT Link rejected token for {self.user}: {resp.status_code}")
        return resp.json()

    def ccs_report(self, job_id: int) -> dict:
        url = f"https://{self.host}:8243/SMRTLink/1.0.0/smrt-link/job-manager/jobs/analysis/{job_id}/reports"
        resp = requests.get(url, headers={"Authorization": f"Bearer {self.access_token}"}, verify=self.verify)
        log.info("reports for job %d: HTTP %s", job_id, resp.status_code)
        return resp.json()
