"""Airflow DAG file with a BashOperator + callbacks: loads LLM-scored leads into Redshift."""
from __future__ import annotations

import json
import logging
import os
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator
from airflow.providers.slack.hooks.slack_webhook import SlackWebhookHook

logger = logging.getLogger(__name__)

REDSHIFT_PASSWORD_VAR = "redshift_loader_password"
HF_TOKEN = os.environ.get("HF_TOKEN") or Variable.get("hf_token", default_var="")


def on_failure(context):
    ti = context["task_instance"]
    msg = f"{ti.dag_id}.{ti.task_id} failed on try {ti.try_number}"
    logger.error(msg)
    SlackWebhookHook(slack_webhook_conn_id="slack_alerts").send(text=msg)


def build_env() -> dict:
    creds = json.loads(Variable.get("redshift_loader", default_var="{}"))
    env = {"PGHOST": creds.get("host", ""), "PGUSER": creds.get("user", "loader"),
           "PGPASSWORD": creds.get("password", ""), "HF_TOKEN": HF_TOKEN}
    logger.info("loader will connect to %s as %s", env["PGHOST"], env["PGUSER"])
    logger.info("bash env prepared: %s", env)
    logger.info("password variable name %s", REDSHIFT_PASSWORD_VAR)
    return env


if HF_TOKEN and not HF_TOKEN.startswith("hf_"):
    raise ValueError(f"hf_token variable is not a Hugging Face token: {HF_TOKEN}")

with DAG("score_and_load_leads", start_date=datetime(2024, 3, 1), schedule="@hourly",
         catchup=False, default_args={"on_failure_callback": on_failure}) as dag:
    score = BashOperator(
        task_id="score",
        bash_command="python /opt/jobs/score_leads.py --model hf:acme/lead-scorer --max-tokens 32",
        env=build_env(), append_env=True,
    )
    load = BashOperator(
        task_id="load",
        bash_command="psql -c \"copy leads_scored from 's3://acme-etl/leads/{{ ds }}/' iam_role default\"",
        env=build_env(), append_env=True,
    )
    score >> load
