"""Service-layer wrapper around the ModelRed SDK (generation 3), written like our other API clients."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized

log = logging.getLogger("scans.modelred")


@dataclass
class ModelRedSettings:
    api_key: str = field(repr=False)
    timeout: float = 20.0
    max_retries: int = 3
    workspace: str = "default"

    @classmethod
    def from_env(cls) -> "ModelRedSettings":
        return cls(api_key=os.environ["MODELRED_API_KEY"], workspace=os.environ.get("MODELRED_WORKSPACE", "default"))


class ScanService:
    def __init__(self, settings: ModelRedSettings):
        self.settings = settings
        self.client = ModelRed(settings.api_key, timeout=settings.timeout, max_retries=settings.max_retries)
        log.info("ScanService ready: %r", settings)
        log.debug("workspace=%s timeout=%s", settings.workspace, settings.timeout)

    def start(self, model_id: str, packs: list[str]) -> dict:
        try:
            a = self.client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except Unauthorized:
            log.error("ModelRed refused key %s for workspace %s", self.settings.api_key, self.settings.workspace)
            return {"ok": False, "error": "unauthorized"}
        except RateLimited as e:
            log.warning("rate limited, retry after %ss", e.retry_after)
            return {"ok": False, "error": "rate_limited", "retry_after": e.retry_after}
        except NotFound as e:
            return {"ok": False, "error": type(e).__name__}
        except APIError as e:
            log.exception("create_assessment failed for %s", model_id)
            return {"ok": False, "error": str(e)}
        return {"ok": True, "assessment_id": a.id, "status": a.status}

    def status(self, assessment_id: str) -> dict:
        try:
            a = self.client.get_assessment(assessment_id)
        except APIError as e:
            return {"ok": False, "status_code": getattr(e, "status_code", None)}
        return {"ok": True, "status": a.status, "progress": getattr(a, "progress", None)}

    def close(self) -> None:
        self.client.close()


def build_service() -> ScanService:
    return ScanService(ModelRedSettings.from_env())
