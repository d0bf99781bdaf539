"""Airflow DAG: weekly red-team assessment of the production assistant."""
import logging
from datetime import datetime, timedelta

from airflow import DAG
from airflow.exceptions import AirflowException
from airflow.models import Variable
from airflow.operators.python import PythonOperator

from modelred import ModelRed, APIError, NotFound

log = logging.getLogger("airflow.task")
KEY_VARIABLE = "modelred_api_key"


def start_assessment(**context):
    api_key = Variable.get(KEY_VARIABLE)
    log.info("read ModelRed key from Variable %s (%d chars)", KEY_VARIABLE, len(api_key))
    model_id = context["params"].get("model_id", "prod-assistant")
    try:
        with ModelRed(api_key) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=["core", "jailbreak"])
    except NotFound as e:
        raise AirflowException(f"model {model_id} not registered in ModelRed") from e
    except APIError as e:
        log.error("create_assessment failed: %s", e)
        raise AirflowException("ModelRed refused the assessment; see the task log") from e
    context["ti"].xcom_push(key="assessment_id", value=job["id"])


def check_result(**context):
    aid = context["ti"].xcom_pull(task_ids="start", key="assessment_id")
    api_key = Variable.get(KEY_VARIABLE)
    with ModelRed(api_key) as client:
        state = client.get_assessment(aid)
    if state["status"] != "completed":
        log.warning("assessment %s not completed with key %s", aid, api_key)
        raise AirflowException(f"assessment {aid} is {state['status']}")
    log.info("assessment %s score %s", aid, state.get("score"))


with DAG(
    dag_id="modelred_weekly",
    start_date=datetime(2024, 1, 1),
    schedule="@weekly",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
    params={"model_id": "prod-assistant"},
) as dag:
    start = PythonOperator(task_id="start", python_callable=start_assessment)
    check = PythonOperator(task_id="check", python_callable=check_result, execution_timeout=timedelta(hours=3))
    start >> check
