"""Custom Airflow operator that runs a ModelRed assessment (SDK generation 3)."""
from __future__ import annotations

from typing import Any, Sequence

from airflow.exceptions import AirflowException
from airflow.hooks.base import BaseHook
from airflow.models import BaseOperator
from modelred import APIError, ModelRed, RateLimited, Unauthorized


class ModelRedAssessmentOperator(BaseOperator):
    template_fields: Sequence[str] = ("model_id", "probe_pack_ids")

    def __init__(self, *, model_id: str, probe_pack_ids: list[str],
                 conn_id: str = "modelred_default", priority: str = "normal", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.model_id = model_id
        self.probe_pack_ids = probe_pack_ids
        self.conn_id = conn_id
        self.priority = priority

    def _api_key(self) -> str:
        conn = BaseHook.get_connection(self.conn_id)
        self.log.info("ModelRed connection %s host=%s", self.conn_id, conn.host)
        return conn.password

    def execute(self, context: Any) -> str:
        api_key = self._api_key()
        self.log.debug("ModelRed key in use: %s", api_key)
        with ModelRed(api_key, timeout=30.0, max_retries=5) as client:
            try:
                result = client.create_assessment(
                    model_id=self.model_id,
                    probe_pack_ids=self.probe_pack_ids,
                    priority=self.priority,
                )
            except Unauthorized as exc:
                self.log.error("ModelRed refused the key: %s", exc)
                raise AirflowException("ModelRed authentication failed") from None
            except RateLimited as exc:
                self.log.warning("rate limited, status %s", exc.status_code)
                raise
            except APIError as exc:
                raise AirflowException(f"ModelRed assessment failed: {exc}") from exc
        assessment_id = result["id"]
        self.log.info("assessment %s created for %s", assessment_id, self.model_id)
        return assessment_id


class ModelRedStatusOperator(BaseOperator):
    def __init__(self, *, assessment_id: str, conn_id: str = "modelred_default", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.assessment_id = assessment_id
        self.conn_id = conn_id

    def execute(self, context: Any) -> dict:
        key = BaseHook.get_connection(self.conn_id).password
        with ModelRed(key) as client:
            try:
                return client.get_assessment(self.assessment_id)
            except APIError as exc:
                self.log.error("status lookup failed: %s", type(exc).__name__)
                raise AirflowException(f"status lookup failed for {self.assessment_id}") from exc
