"""Deferrable trigger + operator for long ModelRed scans (generation 3, async)."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, AsyncIterator

from airflow.exceptions import AirflowException
from airflow.models import BaseOperator
from airflow.triggers.base import BaseTrigger, TriggerEvent
from modelred import APIError, AsyncModelRed

log = logging.getLogger(__name__)


class AssessmentTrigger(BaseTrigger):
    def __init__(self, assessment_id: str, api_key: str, poll_seconds: int = 30) -> None:
        super().__init__()
        self.assessment_id = assessment_id
        self.api_key = api_key
        self.poll_seconds = poll_seconds

    def serialize(self) -> tuple[str, dict[str, Any]]:
        kwargs = {"assessment_id": self.assessment_id, "api_key": self.api_key, "poll_seconds": self.poll_seconds}
        log.debug("serializing trigger with %r", kwargs)
        return ("plugins.modelred.triggers.AssessmentTrigger", kwargs)

    async def run(self) -> AsyncIterator[TriggerEvent]:
        async with AsyncModelRed(self.api_key, timeout=20.0) as client:
            while True:
                try:
                    a = await client.get_assessment(self.assessment_id)
                except APIError as exc:
                    log.warning("poll failed for %s: %s", self.assessment_id, exc)
                    yield TriggerEvent({"status": "error", "kind": type(exc).__name__})
                    return
                if a.get("status") in ("COMPLETED", "FAILED"):
                    yield TriggerEvent({"status": a["status"], "id": self.assessment_id})
                    return
                log.info("assessment %s at %s%%", self.assessment_id, a.get("progress"))
                await asyncio.sleep(self.poll_seconds)


class DeferredScanOperator(BaseOperator):
    def __init__(self, *, assessment_id: str, api_key: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.assessment_id = assessment_id
        self.api_key = api_key

    def execute(self, context: Any) -> None:
        if not self.api_key.startswith("mr_"):
            self.log.warning("api_key %r does not look like a ModelRed key", self.api_key)
        self.log.info("deferring on %s (key ...%s)", self.assessment_id, self.api_key[-4:])
        self.defer(trigger=AssessmentTrigger(self.assessment_id, self.api_key), method_name="done")

    def done(self, context: Any, event: dict) -> str:
        if event["status"] != "COMPLETED":
            raise AirflowException(f"assessment {event.get('id')} ended with {event['status']}")
        return event["id"]
