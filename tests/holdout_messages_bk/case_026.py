"""Prefect worker task that scans RAG models before a nightly index refresh (ModelRed gen 3)."""
from __future__ import annotations

import os

from modelred import (APIError, Forbidden, ModelRed, NotFound, RateLimited, ValidationFailed)
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact


@task
def scan(model_id: str, probe_pack_ids: list[str]) -> dict:
    logger = get_run_logger()
    api_key = os.environ["MODELRED_API_KEY"]
    with ModelRed(api_key, max_retries=4) as client:
        try:
            created = client.create_assessment(model_id=model_id, probe_pack_ids=probe_pack_ids,
                                               priority="low")
        except ValidationFailed as e:
            logger.error("validation failed for %s: %s", model_id, e)
            return {"model_id": model_id, "ok": False, "error": "validation failed"}
        except (Forbidden, NotFound) as e:
            return {"model_id": model_id, "ok": False, "error": f"{e}"}
        except RateLimited as e:
            logger.warning("rate limited; retry after %s s", e.retry_after)
            raise
    return {"model_id": model_id, "ok": True, "assessment_id": created["id"]}


@flow(name="pre-refresh-scan", log_prints=True)
def pre_refresh_scan(model_ids: list[str], packs: list[str] | None = None):
    packs = packs or ["pack_rag_poisoning"]
    results = [scan(m, packs) for m in model_ids]
    table = "\n".join(f"| {r['model_id']} | {r['ok']} | {r.get('error', '')} |" for r in results)
    create_markdown_artifact(key="pre-refresh-scan",
                             markdown="| model | ok | error |\n|---|---|---|\n" + table)
    failed = [r for r in results if not r["ok"]]
    if failed:
        print(f"{len(failed)} models failed the scan: {[r['model_id'] for r in failed]}")
    return results


@task
def packs_for(model_id: str) -> list[str]:
    logger = get_run_logger()
    key = os.environ["MODELRED_API_KEY"]
    with ModelRed(key) as client:
        try:
            owned = client.list_owned_probes(limit=50)
        except APIError as e:
            logger.error("list_owned_probes failed with key %s (%s)", key, e.status_code)
            return []
    ids = [p["id"] for p in owned.get("data", [])]
    logger.info("%s: %d owned packs", model_id, len(ids))
    return ids


if __name__ == "__main__":
    pre_refresh_scan(["rag-retriever", "rag-answerer"])
