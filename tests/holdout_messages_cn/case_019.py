"""Airflow DAG: nightly Qualtrics -> S3 -> LLM coding -> Snowflake."""
from datetime import datetime, timedelta
import logging
import os

from airflow import DAG
from airflow.hooks.base import BaseHook
from airflow.models import Variable
from airflow.operators.python import PythonOperator

task_logger = logging.getLogger("airflow.task")

default_args = {"owner": "cx-data", "retries": 2, "retry_delay": timedelta(minutes=10)}


def extract(**ctx):
    conn = BaseHook.get_connection("qualtrics_api")
    token = conn.password
    datacenter = conn.host
    task_logger.info("extracting from %s as login %s", datacenter, conn.login)
    task_logger.info("using connection %s with token %s", conn.conn_id, token)
    return {"datacenter": datacenter, "survey": Variable.get("qualtrics_survey_id")}


def code_open_text(**ctx):
    openai_key = Variable.get("openai_api_key")
    batch_size = int(Variable.get("coding_batch_size", default_var=50))
    max_tokens = int(Variable.get("coding_max_tokens", default_var=60))
    task_logger.info("batch_size=%d max_tokens=%d", batch_size, max_tokens)
    if not openai_key.startswith("sk-"):
        raise ValueError(f"Airflow variable openai_api_key has an unexpected value {openai_key}")
    ctx["ti"].xcom_push(key="coded_rows", value=0)


def load(**ctx):
    sf = BaseHook.get_connection("snowflake_cx")
    task_logger.info("loading into %s/%s", sf.host, sf.schema)
    if not sf.password:
        raise ValueError(f"snowflake connection has no password ({sf.password!r})")


with DAG(
    dag_id="qualtrics_nightly_coding",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
    tags=["cx", "survey"],
) as dag:
    t1 = PythonOperator(task_id="extract", python_callable=extract)
    t2 = PythonOperator(task_id="code_open_text", python_callable=code_open_text)
    t3 = PythonOperator(task_id="load", python_callable=load)
    t1 >> t2 >> t3

if os.environ.get("AIRFLOW_DAG_DEBUG"):
    print("dag", dag.dag_id, "tasks", [t.task_id for t in dag.tasks])
