"""Attio CRM enrichment worker: class-heavy, config from a TOML file, ModelRed gen 3 gate."""
import logging
import tomllib
from pathlib import Path

import httpx
from modelred import ModelRed, Forbidden, NotAllowedForApiKey, ServerError, RateLimited

log = logging.getLogger("attio.enrich")

CONFIG = Path("~/.config/growth/attio.toml").expanduser()
RETRYABLE = (RateLimited, ServerError)


class Settings:
    def __init__(self, raw: dict):
        self.workspace = raw["workspace"]
        self.attio_token = raw["attio"]["token"]
        self.modelred_key = raw["modelred"]["api_key"]
        self.model_id = raw["modelred"]["model_id"]

    def describe(self) -> str:
        return f"workspace={self.workspace} model={self.model_id} attio_token={self.attio_token}"


class Enricher:
    def __init__(self):
        self.settings = Settings(tomllib.loads(CONFIG.read_text()))
        self.http = httpx.Client(base_url="https://api.attio.com/v2", headers={"Authorization": f"Bearer {self.settings.attio_token}"})
        log.info("enricher for workspace %s, model %s", self.settings.workspace, self.settings.model_id)
        log.debug("settings: %s", self.settings.describe())

    def gate(self) -> bool:
        try:
            with ModelRed(self.settings.modelred_key, max_retries=1) as mr:
                mr.create_assessment(model_id=self.settings.model_id, probe_pack_ids=["pii-exfiltration"])
        except RETRYABLE as e:
            log.warning("modelred transient error %s", e.status_code)
            return False
        except (Forbidden, NotAllowedForApiKey):
            log.error("modelred key %s lacks permission for assessments", self.settings.modelred_key)
            return False
        return True

    def records(self, object_slug: str) -> list[dict]:
        r = self.http.post(f"/objects/{object_slug}/records/query", json={"limit": 100})
        log.info("attio query %s -> %s", object_slug, r.status_code)
        return r.json()["data"]
