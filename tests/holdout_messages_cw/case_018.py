"""Dynamic task mapping: one ModelRed assessment per model, detector key passed through."""
from __future__ import annotations

import logging
import os
from datetime import datetime

from airflow.decorators import dag, task
from modelred import APIError, LimitExceeded, ModelRed, NotAllowedForApiKey

log = logging.getLogger("airflow.task")
PACKS = ["pp_injection_core", "pp_pii_leak"]


def _kwargs(model_id: str) -> dict:
    return {
        "model_id": model_id,
        "probe_pack_ids": PACKS,
        "priority": "low",
        "detector_api_key": os.environ.get("OPENAI_API_KEY"),
    }


@dag(start_date=datetime(2024, 6, 1), schedule="@weekly", catchup=False, tags=["modelred"])
def scan_fleet():
    @task
    def list_models() -> list[str]:
        with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
            return [m["id"] for m in client.list_models(limit=50)["data"]]

    @task(max_active_tis_per_dag=4)
    def scan(model_id: str) -> dict:
        kwargs = _kwargs(model_id)
        log.info("scan %s packs=%s priority=%s", model_id, kwargs["probe_pack_ids"], kwargs["priority"])
        log.debug("create_assessment_by_id kwargs: %s", kwargs)
        log.info("detector key set for %s: %s", model_id, kwargs["detector_api_key"] is not None)
        try:
            with ModelRed(os.environ["MODELRED_API_KEY"], max_retries=2) as client:
                job = client.create_assessment_by_id(**kwargs)
        except LimitExceeded as exc:
            log.warning("limit exceeded for %s: status %s", model_id, getattr(exc, "status_code", None))
            return {"model_id": model_id, "skipped": "limit"}
        except NotAllowedForApiKey as exc:
            return {"model_id": model_id, "error": type(exc).__name__}
        except APIError as exc:
            return {"model_id": model_id, "error": f"{exc}"}
        return {"model_id": model_id, "assessment_id": job["id"]}

    @task
    def summary(results: list[dict]) -> None:
        failed = [r["model_id"] for r in results if "error" in r]
        log.info("%d scans, %d failed: %s", len(results), len(failed), failed)

    summary(scan.expand(model_id=list_models()))


scan_fleet()
