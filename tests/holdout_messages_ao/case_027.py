"""Airflow DAG: nightly SharePoint -> chunk -> embed -> pgvector."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from airflow import DAG
from airflow.hooks.base import BaseHook
from airflow.models import Variable
from airflow.operators.python import PythonOperator

task_log = logging.getLogger("airflow.task")

SP_SECRET_VAR = "sharepoint_client_secret"
PG_CONN_ID = "kb_pgvector"


def extract(**ctx):
    from kb.sharepoint import SharePointClient

    tenant = Variable.get("sharepoint_tenant_id")
    client_id = Variable.get("sharepoint_client_id")
    sp_secret = Variable.get(SP_SECRET_VAR)
    task_log.info("extracting for tenant %s app %s (secret from variable %s)", tenant, client_id, SP_SECRET_VAR)
    if sp_secret.startswith("{{"):
        raise ValueError(f"Variable {SP_SECRET_VAR} is an unrendered template: {sp_secret}")
    docs = SharePointClient(tenant, client_id, sp_secret).changed_since(ctx["data_interval_start"])
    task_log.info("%d changed documents", len(docs))
    return [d.to_dict() for d in docs]


def load(**ctx):
    from kb.embed import embed_and_store

    conn = BaseHook.get_connection(PG_CONN_ID)
    task_log.info("loading into %s@%s:%s/%s", conn.login, conn.host, conn.port, conn.schema)
    task_log.debug("pg connection password %s", conn.password)
    docs = ctx["ti"].xcom_pull(task_ids="extract")
    openai_key = Variable.get("openai_api_key")
    stats = embed_and_store(docs, dsn=conn.get_uri(), api_key=openai_key)
    task_log.info("stored %d chunks (%d tokens)", stats["chunks"], stats["total_tokens"])


default_args = {"owner": "search-platform", "retries": 2, "retry_delay": timedelta(minutes=10)}

with DAG(
    dag_id="sharepoint_to_pgvector",
    start_date=datetime(2026, 1, 1),
    schedule="0 2 * * *",
    catchup=False,
    default_args=default_args,
    tags=["rag", "sharepoint"],
) as dag:
    t_extract = PythonOperator(task_id="extract", python_callable=extract)
    t_load = PythonOperator(task_id="load", python_callable=load)
    t_extract >> t_load
