"""GraphQL (Strawberry) mutations for the merchandising console's AI safety page."""
from __future__ import annotations

import os
from typing import Optional

import strawberry
import structlog
from modelred import ModelRed as MR, APIError, Conflict, NotFound

log = structlog.get_logger("console.safety")

PACKS_SETTING = "MODELRED_PROBE_PACKS"


@strawberry.type
class ScanResult:
    ok: bool
    assessment_id: Optional[str] = None
    message: Optional[str] = None


def _packs() -> list[str]:
    return [p for p in os.environ.get(PACKS_SETTING, "baseline").split(",") if p]


@strawberry.type
class Mutation:
    @strawberry.mutation
    def start_safety_scan(self, model_id: str) -> ScanResult:
        api_key = os.environ["MODELRED_API_KEY"]
        log.info("safety_scan.start", model_id=model_id, packs=_packs(), setting=PACKS_SETTING)
        log.debug("safety_scan.client", api_key=api_key, timeout=10.0)
        try:
            with MR(api_key, timeout=10.0) as client:
                job = client.create_assessment(model_id=model_id, probe_pack_ids=_packs())
        except Conflict as e:
            log.info("safety_scan.duplicate", model_id=model_id, error=str(e))
            return ScanResult(ok=False, message="A scan is already running for this model.")
        except NotFound as e:
            return ScanResult(ok=False, message=f"not found (HTTP {e.status_code})")
        except APIError as e:
            return ScanResult(ok=False, message=str(e))
        return ScanResult(ok=True, assessment_id=job["id"])


@strawberry.type
class Query:
    @strawberry.field
    def scan_status(self, assessment_id: str) -> str:
        with MR(os.environ["MODELRED_API_KEY"]) as client:
            return client.get_assessment(assessment_id)["status"]


schema = strawberry.Schema(query=Query, mutation=Mutation)
