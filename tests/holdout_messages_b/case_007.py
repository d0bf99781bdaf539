import logging
from datetime import datetime, timedelta

from airflow import DAG
from airflow.hooks.base import BaseHook
from airflow.models import Variable
from airflow.operators.python import PythonOperator

log = logging.getLogger("airflow.task")


def _export_prompts(**context):
    conn = BaseHook.get_connection("openai_default")
    api_key = conn.password
    log.info("using connection %s at %s", conn.conn_id, conn.host)
    log.info("openai key: %s", api_key)
    slack_token = Variable.get("slack_bot_token")
    log.info("posting to slack with token=%s", slack_token)
    run_date = context["ds"]
    log.info("export for %s done", run_date)


def _cleanup(**context):
    ttl = Variable.get("prompt_cache_ttl", default_var="86400")
    cache_key = f"prompts:{context['ds']}"
    log.info("expiring %s after %s seconds", cache_key, ttl)


default_args = {"owner": "ml-platform", "retries": 2, "retry_delay": timedelta(minutes=5)}

with DAG(
    dag_id="export_prompts",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args=default_args,
) as dag:
    export = PythonOperator(task_id="export", python_callable=_export_prompts)
    cleanup = PythonOperator(task_id="cleanup", python_callable=_cleanup)
    export >> cleanup
