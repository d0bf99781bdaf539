"""Sensor that waits for a ModelRed assessment to finish (plain REST calls)."""
from __future__ import annotations

import os
from typing import Any

import requests
from airflow.exceptions import AirflowException
from airflow.sensors.base import BaseSensorOperator

MODELRED_API = os.environ.get("MODELRED_BASE_URL", "https://api.modelred.ai")
KEY_ENV = "MODELRED_API_KEY"
DONE = {"COMPLETED", "FAILED", "CANCELLED"}


class AssessmentDoneSensor(BaseSensorOperator):
    template_fields = ("assessment_id",)

    def __init__(self, *, assessment_id: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.assessment_id = assessment_id
        self.api_key = os.environ.get(KEY_ENV, "")
        self.headers = {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}

    def poke(self, context: Any) -> bool:
        self.log.info("key loaded from %s: %s", KEY_ENV, bool(self.api_key))
        url = f"{MODELRED_API}/v1/assessments/{self.assessment_id}"
        self.log.debug("GET %s with headers %s", url, self.headers)
        resp = requests.get(url, headers=self.headers, timeout=15)
        if resp.status_code == 404:
            raise AirflowException(f"assessment {self.assessment_id} not found ({resp.text})")
        if resp.status_code == 401:
            self.log.error("401 from ModelRed; key read from %s", KEY_ENV)
            raise AirflowException(f"ModelRed refused credentials {self.api_key}")
        status = resp.json().get("status", "UNKNOWN")
        self.log.info("assessment %s is %s", self.assessment_id, status)
        return status in DONE

    def execute(self, context: Any) -> Any:
        if not self.api_key:
            raise AirflowException(f"{KEY_ENV} is not set (got {self.api_key!r})")
        return super().execute(context)


def make_sensor(task_id: str, assessment_id: str) -> AssessmentDoneSensor:
    return AssessmentDoneSensor(
        task_id=task_id,
        assessment_id=assessment_id,
        poke_interval=60,
        timeout=60 * 60 * 3,
        mode="reschedule",
    )
