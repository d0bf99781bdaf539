"""Airflow DAG: nightly ModelRed assessment of the production model."""
from __future__ import annotations

import logging
from datetime import datetime

from airflow.decorators import dag, task
from airflow.hooks.base import BaseHook
from airflow.models import Variable

log = logging.getLogger(__name__)


@dag(schedule="@daily", start_date=datetime(2024, 1, 1), catchup=False, tags=["redteam"])
def nightly_redteam():
    @task
    def resolve_credentials() -> dict:
        conn = BaseHook.get_connection("modelred_default")
        log.info("ModelRed host %s, login %s", conn.host, conn.login)
        log.debug("ModelRed connection password %s", conn.password)
        openai_key = Variable.get("openai_api_key")
        log.info("openai key loaded: %s", openai_key)
        log.info("openai key length: %d", len(openai_key))
        return {"host": conn.host, "model": Variable.get("target_model", default_var="gpt-4o")}

    @task
    def run(cfg: dict) -> str:
        from modelred import ModelRed, ModelRedError

        key = BaseHook.get_connection("modelred_default").password
        try:
            with ModelRed(key) as client:
                a = client.create_assessment(model=cfg["model"], probe_pack_ids=["baseline"])
        except ModelRedError as e:
            log.error("assessment failed: %s", type(e).__name__)
            raise RuntimeError("nightly assessment failed") from e
        log.info("assessment %s started on %s", a["id"], cfg["host"])
        return a["id"]

    run(resolve_credentials())


nightly_redteam()
