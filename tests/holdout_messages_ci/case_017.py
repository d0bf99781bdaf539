from __future__ import annotations

import logging
import os
from typing import Any

from modelred import ModelRed, ModelRedError, AuthenticationError, NotFoundError

log = logging.getLogger("listing_chat.audit")


class AuditService:
    """Gen-2 ModelRed client wrapped for the listing-chat admin dashboard."""

    def __init__(self, api_key: str | None = None, org: str = "default"):
        self.api_key = api_key or os.getenv("MODELRED_API_KEY")
        self.org = org
        self._client = ModelRed(api_key=self.api_key)
        log.info("audit service for org %s", self.org)

    def start(self, model: str, tests: list[str]) -> dict[str, Any]:
        try:
            a = self._client.create_assessment(model=model, test_types=tests, priority="normal")
            return {"status": "queued", "assessment_id": a["id"]}
        except NotFoundError:
            return {"status": "error", "message": f"model {model} is not registered"}
        except AuthenticationError as e:
            log.error("auth error for org %s using key %s", self.org, self.api_key)
            return {"status": "error", "message": "ModelRed credentials are invalid"}
        except ModelRedError as e:
            return {"status": "error", "message": e.message}

    def status(self, assessment_id: str) -> dict[str, Any]:
        try:
            a = self._client.get_assessment(assessment_id)
        except ModelRedError as e:
            log.warning("status lookup failed %s: %s", assessment_id, e)
            return {"status": "unknown"}
        return {"status": a.get("status"), "progress": a.get("progress")}

    def __repr__(self) -> str:
        return f"AuditService(org={self.org!r}, key=...{(self.api_key or '')[-4:]})"

    def describe(self) -> None:
        log.info("service: %r", self)


def build_from_settings(settings: dict[str, Any]) -> AuditService:
    svc = AuditService(api_key=settings.get("modelred_api_key"), org=settings.get("org", "default"))
    if not settings.get("modelred_api_key"):
        log.warning("settings keys present: %s", sorted(settings))
    return svc
