"""Airflow hook for the ModelRed API (SDK generation 2), used by several DAGs."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from airflow.exceptions import AirflowException
from airflow.hooks.base import BaseHook
from modelred import AsyncModelRed, ModelRed, ModelRedError, NotFoundError, RateLimitError


class ModelRedHook(BaseHook):
    conn_name_attr = "modelred_conn_id"
    default_conn_name = "modelred_default"
    conn_type = "modelred"
    hook_name = "ModelRed"

    def __init__(self, modelred_conn_id: str = default_conn_name) -> None:
        super().__init__()
        self.modelred_conn_id = modelred_conn_id

    @cached_property
    def api_key(self) -> str:
        conn = self.get_connection(self.modelred_conn_id)
        key = conn.password or conn.extra_dejson.get("api_key", "")
        if not key:
            raise AirflowException(f"connection {self.modelred_conn_id} has no api key: {key!r}")
        return key

    def get_conn(self) -> ModelRed:
        return ModelRed(api_key=self.api_key)

    def get_async_conn(self) -> AsyncModelRed:
        return AsyncModelRed(api_key=self.api_key)

    def test_connection(self) -> tuple[bool, str]:
        try:
            probes = self.get_conn().list_probes()
        except ModelRedError as exc:
            return False, f"ModelRed error: {exc}"
        self.log.info("connection ok, %d probes visible", len(probes))
        return True, "Connection successfully tested"

    def wait(self, assessment_id: str, timeout: int = 3600) -> dict[str, Any]:
        try:
            return self.get_conn().wait_for_completion(assessment_id, timeout=timeout)
        except RateLimitError as exc:
            self.log.warning("rate limited while waiting: %s", exc)
            raise AirflowException("ModelRed rate limit hit while waiting") from exc
        except NotFoundError as exc:
            raise AirflowException(f"assessment {assessment_id} vanished ({type(exc).__name__})") from exc

    def describe(self) -> None:
        conn = self.get_connection(self.modelred_conn_id)
        self.log.info("ModelRed conn %s host=%s login=%s", conn.conn_id, conn.host, conn.login)
        self.log.debug("ModelRed key for %s: %s", conn.conn_id, self.api_key)
