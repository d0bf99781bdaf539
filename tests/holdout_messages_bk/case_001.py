"""Airflow DAG: nightly enrichment of support tickets with an LLM summary."""
from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.exceptions import AirflowException
from airflow.models import Variable
from airflow.operators.python import PythonOperator

log = logging.getLogger("airflow.task")

OPENAI_KEY_VARIABLE = "openai_api_key"
MAX_TOKENS = 256


def summarise_batch(**context):
    api_key = Variable.get(OPENAI_KEY_VARIABLE)
    model = Variable.get("openai_model", default_var="gpt-4o-mini")
    log.info("using model %s, key variable %s", model, OPENAI_KEY_VARIABLE)
    log.info("max_tokens=%d for run %s", MAX_TOKENS, context["run_id"])
    headers = {"Authorization": f"Bearer {api_key}", "Content-Type": "application/json"}
    rows = context["ti"].xcom_pull(task_ids="extract_tickets") or []
    out = []
    for row in rows:
        body = {"model": model, "max_tokens": MAX_TOKENS,
                "messages": [{"role": "user", "content": row["text"][:4000]}]}
        resp = requests.post("https://api.openai.com/v1/chat/completions",
                             headers=headers, json=body, timeout=60)
        if resp.status_code == 401:
            log.error("OpenAI rejected request with headers %s", headers)
            raise AirflowException(f"OpenAI auth failed ({resp.status_code}): {resp.text[:200]}")
        resp.raise_for_status()
        usage = resp.json().get("usage", {})
        log.info("ticket %s used %s tokens", row["id"], usage.get("total_tokens"))
        out.append({"id": row["id"], "summary": resp.json()["choices"][0]["message"]["content"]})
    return out


def check_key(**_):
    key = os.environ.get("OPENAI_API_KEY", "")
    if not key:
        raise AirflowException(f"OPENAI_API_KEY is empty: {key!r}")
    if not key.startswith("sk-"):
        raise AirflowException(f"OPENAI_API_KEY looks malformed: {key}")
    log.info("key ends with ...%s", key[-4:])


with DAG(
    dag_id="ticket_summaries",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
) as dag:
    check = PythonOperator(task_id="check_key", python_callable=check_key)
    summarise = PythonOperator(task_id="summarise", python_callable=summarise_batch)
    check >> summarise
