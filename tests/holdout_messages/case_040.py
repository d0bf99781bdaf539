"""Celery task that syncs findings to the ticket tracker."""
import logging

import requests
from celery import Celery

app = Celery("sync", broker="redis://localhost:6379/0")
logger = logging.getLogger("sync")


class TrackerError(Exception):
    pass


@app.task(autoretry_for=(requests.ConnectionError,), retry_backoff=True)
def push_findings(findings: list[dict], api_token: str, project: str) -> int:
    r = requests.post(
        f"https://tracker.example.com/api/projects/{project}/issues",
        json={"issues": findings},
        headers={"Authorization": f"token {api_token}"},
        timeout=20,
    )
    if r.status_code == 403:
        raise TrackerError("token %s cannot write to %s" % (api_token, project))
    if r.status_code >= 400:
        raise TrackerError(f"tracker said {r.status_code}: {r.text[:200]}")
    created = r.json()["created"]
    logger.info("pushed %d findings to %s", created, project)
    return created
