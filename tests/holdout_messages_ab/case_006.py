"""Airflow DAG: nightly jailbreak eval against the staging model."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.exceptions import AirflowException
from airflow.models import Variable
from airflow.operators.python import PythonOperator

task_log = logging.getLogger("airflow.task")

EVAL_API = "https://evals.internal.example.com/v1/run"


def _run_eval(ds: str, **context) -> dict:
    api_key = Variable.get("eval_openai_api_key")
    run_name = f"jailbreak-nightly-{ds}"
    task_log.info("starting %s (try %s)", run_name, context["ti"].try_number)
    if not api_key.startswith("sk-"):
        raise AirflowException(f"Variable eval_openai_api_key is malformed: {api_key}")
    resp = requests.post(EVAL_API, json={"run": run_name, "suite": "jailbreak-v3"},
                         headers={"X-Provider-Key": api_key}, timeout=600)
    if resp.status_code != 200:
        raise AirflowException(f"eval service returned {resp.status_code}: {resp.text[:300]}")
    summary = resp.json()
    task_log.info("run %s: %s/%s passed", run_name, summary["passed"], summary["total"])
    return summary


def _notify(**context) -> None:
    summary = context["ti"].xcom_pull(task_ids="run_eval")
    hook_token = Variable.get("slack_bot_token")
    r = requests.post("https://slack.com/api/chat.postMessage",
                      headers={"Authorization": f"Bearer {hook_token}"},
                      json={"channel": "#evals", "text": f"nightly: {summary['passed']}/{summary['total']}"})
    if not r.json().get("ok"):
        task_log.warning("slack post failed (%s) with bot token %s", r.json().get("error"), hook_token)


default_args = {"owner": "ml-eval", "retries": 1, "retry_delay": timedelta(minutes=10)}

with DAG(
    dag_id="jailbreak_nightly",
    start_date=datetime(2024, 6, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
    tags=["eval", "red-team"],
) as dag:
    run_eval = PythonOperator(task_id="run_eval", python_callable=_run_eval)
    notify = PythonOperator(task_id="notify", python_callable=_notify)
    run_eval >> notify
