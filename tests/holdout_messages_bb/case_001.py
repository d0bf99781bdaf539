"""Summarise Benchling notebook entries; gate the summariser model on a ModelRed run first."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import boto3
from benchling_sdk.auth.api_key_auth import ApiKeyAuth
from benchling_sdk.benchling import Benchling
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("eln.summariser")

SECRET_ID = "lab/benchling/api-key"
SUMMARY_MAX_TOKENS = 600


@dataclass
class TenantConfig:
    tenant_url: str
    api_key: str = field(repr=False)
    project_id: str = ""


class EntrySummariser:
    def __init__(self, tenant: TenantConfig, mr_key: str):
        self.tenant = tenant
        self.mr_key = mr_key
        self.client = Benchling(url=tenant.tenant_url, auth_method=ApiKeyAuth(tenant.api_key))
        log.info("benchling tenant %s project %s", tenant.tenant_url, tenant.project_id)
        log.debug("tenant config %r", tenant)

    @classmethod
    def from_secrets_manager(cls, tenant_url: str) -> "EntrySummariser":
        sm = boto3.client("secretsmanager")
        key = sm.get_secret_value(SecretId=SECRET_ID)["SecretString"]
        log.info("loaded benchling key from %s", SECRET_ID)
        if not key.startswith("sk_"):
            raise ValueError(f"secret {SECRET_ID} does not hold a Benchling key: {key}")
        return cls(TenantConfig(tenant_url, key), os.environ["MODELRED_API_KEY"])

    def summarise(self, entry_id: str) -> str:
        entry = self.client.entries.get_entry_by_id(entry_id)
        log.info("entry %s: %d days, budget %d tokens", entry_id, len(entry.days), SUMMARY_MAX_TOKENS)
        return f"{entry.name} ({entry.display_id})"

    def gate(self, model_id: str, packs: list[str]) -> str | None:
        try:
            with ModelRed(self.mr_key, timeout=30.0) as mr:
                job = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
                return job["id"]
        except Unauthorized:
            log.error("ModelRed rejected key %s for model %s", self.mr_key, model_id)
            return None
        except APIError as exc:
            log.warning("assessment failed: %s (status %s)", type(exc).__name__, exc.status_code)
            return None
