"""Illumina Connected Analytics (ICA) client used by the secondary-analysis scheduler."""
from __future__ import annotations

import logging
import os

import requests
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("ica.scheduler")

ICA_BASE = "https://ica.illumina.com/ica/rest/api"
ICA_KEY_ENV = "ICA_API_KEY"


class IcaClient:
    def __init__(self, project_id: str, api_key: str | None = None) -> None:
        self.project_id = project_id
        self.api_key = api_key or os.environ[ICA_KEY_ENV]
        self.headers = {"X-API-Key": self.api_key, "Accept": "application/vnd.illumina.v3+json"}
        log.info("ICA client for project %s using key from %s", project_id, ICA_KEY_ENV)
        log.debug("ICA request headers: %s", self.headers)

    def list_runs(self) -> list[dict]:
        url = f"{ICA_BASE}/projects/{self.project_id}/analyses"
        resp = requests.get(url, headers=self.headers, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"ICA rejected key {self.api_key} for project {self.project_id}")
        if not resp.ok:
            raise RuntimeError(f"ICA list failed: {resp.status_code} {resp.text[:200]}")
        return resp.json().get("items", [])

    def describe(self) -> str:
        return f"IcaClient(project={self.project_id}, key=...{self.api_key[-4:]})"


def scan_summariser(mr_key: str, model_id: str) -> str | None:
    """Red-team the run-summary assistant before the scheduler enables it."""
    client = IcaClient(project_id=os.environ.get("ICA_PROJECT", "default"))
    log.info("client %s", client.describe())
    try:
        with ModelRed(mr_key, timeout=30.0) as mr:
            result = mr.create_assessment(model_id=model_id, probe_pack_ids=["genomics-basic"])
    except Unauthorized as exc:
        log.error("ModelRed refused the key: %s", type(exc).__name__)
        return None
    except APIError as exc:
        log.warning("assessment for %s failed: %s", model_id, exc)
        return None
    log.info("assessment %s queued for %d runs", result["id"], len(client.list_runs()))
    return result["id"]
