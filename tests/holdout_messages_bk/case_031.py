"""Airflow deferrable trigger + sensor waiting on a ModelRed assessment (SDK generation 3, async)."""
from __future__ import annotations

import asyncio
from typing import Any, AsyncIterator

from airflow.exceptions import AirflowException
from airflow.hooks.base import BaseHook
from airflow.sensors.base import BaseSensorOperator
from airflow.triggers.base import BaseTrigger, TriggerEvent
from modelred import APIError, AsyncModelRed, ModelRed, ServerError


class AssessmentTrigger(BaseTrigger):
    def __init__(self, assessment_id: str, api_key: str, poll_interval: float = 60.0) -> None:
        super().__init__()
        self.assessment_id = assessment_id
        self.api_key = api_key
        self.poll_interval = poll_interval

    def serialize(self) -> tuple[str, dict[str, Any]]:
        return ("plugins.modelred_triggers.AssessmentTrigger",
                {"assessment_id": self.assessment_id, "api_key": self.api_key,
                 "poll_interval": self.poll_interval})

    async def run(self) -> AsyncIterator[TriggerEvent]:
        async with AsyncModelRed(self.api_key) as client:
            while True:
                try:
                    a = await client.get_assessment(self.assessment_id)
                except ServerError as exc:
                    self.log.warning("ModelRed 5xx (%s), polling again", exc.status_code)
                    await asyncio.sleep(self.poll_interval)
                    continue
                except APIError as exc:
                    yield TriggerEvent({"status": "error", "error_type": type(exc).__name__})
                    return
                if a["status"] in ("completed", "failed", "cancelled"):
                    yield TriggerEvent({"status": a["status"], "assessment_id": self.assessment_id})
                    return
                await asyncio.sleep(self.poll_interval)


class AssessmentSensor(BaseSensorOperator):
    def __init__(self, *, assessment_id: str, conn_id: str = "modelred_default", **kw: Any) -> None:
        super().__init__(**kw)
        self.assessment_id = assessment_id
        self.conn_id = conn_id

    def execute(self, context: Any) -> None:
        api_key = BaseHook.get_connection(self.conn_id).password
        trigger = AssessmentTrigger(self.assessment_id, api_key)
        self.log.info("deferring on %s", trigger.serialize()[0])
        self.log.debug("trigger kwargs %s", trigger.serialize()[1])
        self.defer(trigger=trigger, method_name="execute_complete")

    def poke_once(self) -> dict:
        key = BaseHook.get_connection(self.conn_id).password
        try:
            with ModelRed(key) as client:
                return client.get_assessment(self.assessment_id)
        except APIError as exc:
            raise AirflowException(f"ModelRed poke failed: {exc}") from exc

    def execute_complete(self, context: Any, event: dict[str, Any]) -> str:
        if event["status"] != "completed":
            raise AirflowException(f"assessment ended with {event['status']}")
        return event["assessment_id"]
