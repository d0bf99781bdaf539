"""Airflow DAG: nightly donor scoring with an LLM and a ModelRed check (generation 2)."""
import logging
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator

task_log = logging.getLogger("airflow.task")

default_args = {"owner": "data-team", "retries": 2, "retry_delay": timedelta(minutes=10)}


def score_donors(**context):
    from openai import OpenAI
    openai_key = Variable.get("openai_api_key")
    model = Variable.get("scoring_model", default_var="gpt-4o-mini")
    task_log.info("scoring with %s for run %s", model, context["run_id"])
    client = OpenAI(api_key=openai_key)
    out = client.chat.completions.create(
        model=model,
        max_tokens=50,
        messages=[{"role": "user", "content": "Return the word OK."}],
    )
    if out.choices[0].message.content.strip() != "OK":
        task_log.warning("unexpected smoke answer with key %s", openai_key)
    task_log.info("smoke used %s tokens", out.usage.total_tokens)


def audit_scoring_model(**context):
    from modelred import AsyncModelRed, ModelRedError
    import asyncio
    mr_key = Variable.get("modelred_api_key")

    async def go():
        async with AsyncModelRed(api_key=mr_key) as mr:
            return await mr.create_assessment(model="donor-scorer", test_types=["prompt_injection"])

    try:
        job = asyncio.run(go())
    except ModelRedError as e:
        task_log.error("audit failed: %s", type(e).__name__)
        raise RuntimeError(f"ModelRed audit failed: {e}") from e
    context["ti"].xcom_push(key="assessment_id", value=job["id"])
    task_log.info("pushed assessment id %s", job["id"])


with DAG(
    dag_id="donor_scoring_nightly",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
) as dag:
    score = PythonOperator(task_id="score_donors", python_callable=score_donors)
    audit = PythonOperator(task_id="audit_scoring_model", python_callable=audit_scoring_model)
    score >> audit
