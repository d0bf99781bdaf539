"""Airtable <-> ModelRed sync worker (class-heavy)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests
from modelred import AsyncModelRed, ModelRedError, RateLimitError

logger = logging.getLogger(__name__)


@dataclass
class AirtableConfig:
    base_id: str
    table: str
    pat: str = field(repr=False)

    @property
    def headers(self) -> dict:
        return {"Authorization": f"Bearer {self.pat}", "Content-Type": "application/json"}


class AirtableSync:
    API = "https://api.airtable.com/v0"

    def __init__(self, cfg: AirtableConfig, mr_key: str):
        self.cfg = cfg
        self.mr_key = mr_key
        logger.info("sync for base %s table %s", cfg.base_id, cfg.table)
        logger.debug("airtable config %r", cfg)

    def fetch(self):
        url = f"{self.API}/{self.cfg.base_id}/{self.cfg.table}"
        resp = requests.get(url, headers=self.cfg.headers, timeout=20)
        if resp.status_code != 200:
            logger.warning("airtable list failed %s: %s", resp.status_code, resp.text)
            logger.warning("request headers were %s", self.cfg.headers)
            return []
        return resp.json().get("records", [])

    async def push_status(self, record_id: str, assessment_id: str):
        async with AsyncModelRed(api_key=self.mr_key) as mr:
            try:
                a = await mr.get_assessment(assessment_id)
            except RateLimitError as e:
                logger.info("rate limited, retry after %s", getattr(e, "retry_after", None))
                return None
            except ModelRedError as e:
                return {"fields": {"Status": "error", "Detail": str(e)}}
        return {"fields": {"Status": a.get("status"), "Score": a.get("score")}}


def from_env() -> AirtableSync:
    cfg = AirtableConfig(os.environ["AIRTABLE_BASE"], "Assessments", os.environ["AIRTABLE_PAT"])
    key = os.environ["MODELRED_API_KEY"]
    if len(key) < 12:
        raise ValueError(f"MODELRED_API_KEY too short: {key}")
    return AirtableSync(cfg, key)
