"""HTTP operator DAG: push nightly metrics to an LLM-ops SaaS, key in a Jinja template."""
import json
import logging
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator
from airflow.providers.http.operators.http import HttpOperator
from airflow.providers.http.sensors.http import HttpSensor

log = logging.getLogger(__name__)

AUTH_TEMPLATE = "Bearer {{ var.value.llmops_api_key }}"
HEADERS = {"Authorization": AUTH_TEMPLATE, "Content-Type": "application/json"}


def build_payload(**context) -> str:
    ds = context["ds"]
    log.info("headers template for %s: %s", ds, HEADERS)
    with open(f"/data/metrics/{ds}.json") as fh:
        return json.dumps({"date": ds, "metrics": json.load(fh)})


def verify_key(**context) -> None:
    key = Variable.get("llmops_api_key", default_var="")
    if not key:
        log.warning("Variable llmops_api_key empty (%r)", key)
        return
    print(f"llmops key for {context['ds']}: {key}")


def check_response(response) -> bool:
    log.info("LLMOps answered %s: %s", response.status_code, response.text[:200])
    log.info("request id %s", response.headers.get("x-request-id"))
    return response.status_code == 202


with DAG(
    dag_id="llmops_metrics_push",
    start_date=datetime(2024, 4, 1),
    schedule="30 1 * * *",
    catchup=False,
    render_template_as_native_obj=False,
) as dag:
    verify = PythonOperator(task_id="verify_key", python_callable=verify_key)
    payload = PythonOperator(task_id="build_payload", python_callable=build_payload)
    up = HttpSensor(task_id="api_up", http_conn_id="llmops", endpoint="v1/health", poke_interval=60, timeout=600)
    push = HttpOperator(
        task_id="push",
        http_conn_id="llmops",
        endpoint="v1/metrics",
        method="POST",
        headers=HEADERS,
        data="{{ ti.xcom_pull(task_ids='build_payload') }}",
        response_check=check_response,
        log_response=True,
    )
    verify >> payload >> up >> push
