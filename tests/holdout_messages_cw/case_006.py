"""Failure and SLA callbacks shared by all LLM DAGs: post to Slack with a bot token."""
import logging

import requests
from airflow.models import Variable

log = logging.getLogger("dag_callbacks")

SLACK_TOKEN_VAR = "slack_bot_token"
CHANNEL = "#llm-pipelines"


def _slack_token() -> str:
    return Variable.get(SLACK_TOKEN_VAR)


def _post(text: str) -> None:
    token = _slack_token()
    resp = requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {token}"},
        json={"channel": CHANNEL, "text": text},
        timeout=10,
    )
    payload = resp.json()
    if not payload.get("ok"):
        log.error("Slack post failed (%s): %s", resp.status_code, payload.get("error"))
        log.debug("Slack token used for the failed post: %s", token)


def on_failure(context: dict) -> None:
    ti = context["task_instance"]
    exc = context.get("exception")
    log.info("task %s.%s failed on try %s: %s", ti.dag_id, ti.task_id, ti.try_number, exc)
    _post(f":red_circle: {ti.dag_id}.{ti.task_id} failed: {exc}\n{ti.log_url}")


def on_sla_miss(dag, task_list, blocking_task_list, slas, blocking_tis) -> None:
    log.warning("SLA missed for %s: %s", dag.dag_id, task_list)
    _post(f":hourglass: SLA missed in {dag.dag_id}: {task_list}")


def on_retry(context: dict) -> None:
    ti = context["task_instance"]
    log.info("retrying %s, Slack variable %s", ti.task_id, SLACK_TOKEN_VAR)
    if ti.try_number > 2:
        _post(f":warning: {ti.task_id} on try {ti.try_number}")


def check_token() -> None:
    token = _slack_token()
    resp = requests.post("https://slack.com/api/auth.test", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if not resp.json().get("ok"):
        raise ValueError("Slack token in Variable %s is invalid: %s" % (SLACK_TOKEN_VAR, token))
    log.info("Slack auth ok for team %s", resp.json().get("team"))
