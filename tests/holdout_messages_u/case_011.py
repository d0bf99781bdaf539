"""Airflow DAG: score call transcripts with Claude; the key lives in an Airflow Variable."""
from __future__ import annotations

from datetime import datetime, timedelta

import anthropic
from airflow import DAG
from airflow.exceptions import AirflowException
from airflow.models import Variable
from airflow.operators.python import PythonOperator

KEY_VARIABLE = "anthropic_api_key"
MAX_TOKENS = 512


def score_transcripts(ds: str, **context) -> int:
    api_key = Variable.get(KEY_VARIABLE)
    ti = context["ti"]
    paths = ti.xcom_pull(task_ids="list_transcripts") or []
    if not paths:
        raise AirflowException(f"no transcripts for {ds}; variable {KEY_VARIABLE} unused")
    if not api_key.startswith("sk-ant-"):
        raise AirflowException(f"variable {KEY_VARIABLE} does not look like an Anthropic key: {api_key}")
    client = anthropic.Anthropic(api_key=api_key)
    scored = 0
    for p in paths:
        text = open(p).read()
        msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=MAX_TOKENS,
                                     messages=[{"role": "user", "content": f"Score 1-5:\n{text}"}])
        print(f"{p}: {msg.content[0].text} ({msg.usage.input_tokens} in / {msg.usage.output_tokens} out)")
        scored += 1
    return scored


def list_transcripts(ds: str, **_) -> list[str]:
    import glob

    return sorted(glob.glob(f"/data/transcripts/{ds}/*.txt"))


def on_failure(context) -> None:
    exc = context.get("exception")
    print(f"task {context['task_instance'].task_id} failed: {type(exc).__name__}")


with DAG(
    dag_id="transcript_scoring",
    start_date=datetime(2024, 3, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5), "on_failure_callback": on_failure},
) as dag:
    t1 = PythonOperator(task_id="list_transcripts", python_callable=list_transcripts)
    t2 = PythonOperator(task_id="score", python_callable=score_transcripts)
    t1 >> t2


if __name__ == "__main__":
    key = Variable.get(KEY_VARIABLE, default_var=None)
    print(f"variable {KEY_VARIABLE} present: {key is not None}")
    print(f"variable {KEY_VARIABLE} = {key}")
