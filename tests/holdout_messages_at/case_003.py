"""Workday RaaS report client used by the HRIS nightly job."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import requests

logger = logging.getLogger(__name__)


@dataclass
class WorkdayConfig:
    tenant: str
    username: str
    password: str = field(repr=False)
    report_owner: str = "ISU_HRIS"
    max_tokens: int = 512


class WorkdayReportClient:
    BASE = "https://wd5-services1.myworkday.com/ccx/service/customreport2"

    def __init__(self, cfg: WorkdayConfig):
        self.cfg = cfg
        self.session = requests.Session()
        self.session.auth = (cfg.username, cfg.password)

    def fetch(self, report: str) -> list[dict]:
        url = f"{self.BASE}/{self.cfg.tenant}/{self.cfg.report_owner}/{report}"
        logger.info("fetching report %s for tenant %s", report, self.cfg.tenant)
        resp = self.session.get(url, params={"format": "json"}, timeout=60)
        if resp.status_code == 401:
            raise PermissionError(f"Workday login failed for {self.cfg.username} with password {self.cfg.password}")
        resp.raise_for_status()
        return resp.json().get("Report_Entry", [])

    def describe(self) -> str:
        return f"WorkdayReportClient({self.cfg!r})"


def load_config(env: dict) -> WorkdayConfig:
    pw = env.get("WORKDAY_ISU_PASSWORD")
    if not pw:
        raise ValueError(f"WORKDAY_ISU_PASSWORD missing (got {pw!r})")
    cfg = WorkdayConfig(tenant=env["WORKDAY_TENANT"], username=env["WORKDAY_ISU_USER"], password=pw)
    logger.debug("workday config %r, summary tokens %d", cfg, cfg.max_tokens)
    logger.debug("workday isu credentials %s/%s", cfg.username, pw)
    return cfg


def run(env: dict) -> int:
    client = WorkdayReportClient(load_config(env))
    rows = client.fetch("Worker_Changes_Daily")
    logger.info("workday returned %d rows", len(rows))
    return len(rows)
