"""Branching DAG: only run the LLM enrichment branch when the ModelRed key is valid."""
import asyncio
import logging
import os
from datetime import datetime

from airflow import DAG
from airflow.operators.empty import EmptyOperator
from airflow.operators.python import BranchPythonOperator, PythonOperator
from modelred import AuthenticationError, ModelRed, ModelRedError

log = logging.getLogger(__name__)


async def _valid(key: str) -> bool:
    async with ModelRed(api_key=key) as client:
        return await client.validate_api_key()


def choose_branch(**context) -> str:
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        log.warning("MODELRED_API_KEY unset; key present=%s", key is not None)
        return "skip_enrichment"
    try:
        ok = asyncio.run(_valid(key))
    except AuthenticationError as exc:
        log.warning("auth error while validating: %s", exc)
        ok = False
    if not ok:
        log.error("ModelRed key %s failed validation, skipping enrichment", key)
        return "skip_enrichment"
    log.info("key ...%s validated", key[-4:])
    return "enrich"


async def _model_info(model_id: str) -> dict:
    async with ModelRed() as client:
        return await client.get_model(model_id)


def enrich(**context) -> dict:
    run_id = context["run_id"]
    log.info("enriching rows for %s", run_id)
    try:
        info = asyncio.run(_model_info("enrichment-llm"))
    except ModelRedError as e:
        return {"run_id": run_id, "error": str(e)}
    return {"run_id": run_id, "model_status": info.get("status")}


with DAG(
    dag_id="enrichment_gate",
    start_date=datetime(2024, 1, 1),
    schedule="@hourly",
    catchup=False,
    max_active_runs=1,
) as dag:
    gate = BranchPythonOperator(task_id="gate", python_callable=choose_branch)
    do_enrich = PythonOperator(task_id="enrich", python_callable=enrich)
    skip = EmptyOperator(task_id="skip_enrichment")
    join = EmptyOperator(task_id="join", trigger_rule="none_failed_min_one_success")
    gate >> [do_enrich, skip] >> join
