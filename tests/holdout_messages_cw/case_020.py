"""Trigger the downstream DAG through Airflow's stable REST API after a dataset lands."""
import logging
import os
import uuid

import requests

log = logging.getLogger("dag_trigger")

AIRFLOW_URL = os.environ.get("AIRFLOW_API_URL", "http://airflow-web:8080/api/v1")
USER_ENV = "AIRFLOW_API_USER"
PASSWORD_ENV = "AIRFLOW_API_PASSWORD"


def _auth() -> tuple[str, str]:
    return os.environ.get(USER_ENV, "svc-trigger"), os.environ[PASSWORD_ENV]


def trigger(dag_id: str, conf: dict) -> str:
    user, password = _auth()
    run_id = f"dataset__{uuid.uuid4().hex[:8]}"
    log.info("triggering %s as %s (run_id=%s)", dag_id, user, run_id)
    resp = requests.post(
        f"{AIRFLOW_URL}/dags/{dag_id}/dagRuns",
        auth=(user, password),
        json={"dag_run_id": run_id, "conf": conf},
        timeout=20,
    )
    if resp.status_code == 401:
        raise PermissionError(f"Airflow API login failed for {user} with password {password}")
    if resp.status_code == 409:
        log.warning("run %s already exists: %s", run_id, resp.text)
        return run_id
    resp.raise_for_status()
    return resp.json()["dag_run_id"]


def unpause(dag_id: str) -> None:
    auth = _auth()
    resp = requests.patch(f"{AIRFLOW_URL}/dags/{dag_id}", auth=auth, json={"is_paused": False}, timeout=20)
    if not resp.ok:
        log.error("unpause %s failed (%s) with auth %s", dag_id, resp.status_code, auth)
    log.info("unpause %s answered %s", dag_id, resp.status_code)
    log.debug("password env var: %s", PASSWORD_ENV)


if __name__ == "__main__":
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else "adhoc_labelling"
    unpause(target)
    print(trigger(target, {"dataset": "reviews", "limit": 50}))
