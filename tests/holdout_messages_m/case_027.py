"""Airflow custom operator that runs a ModelRed assessment using a Connection."""
from __future__ import annotations

from airflow.exceptions import AirflowException
from airflow.hooks.base import BaseHook
from airflow.models import BaseOperator
from modelred import ModelRedClient, ModelRedError


class ModelRedAssessmentOperator(BaseOperator):
    template_fields = ("model", "test_types")

    def __init__(self, *, model: str, test_types: list[str], conn_id: str = "modelred_default", **kwargs) -> None:
        super().__init__(**kwargs)
        self.model = model
        self.test_types = test_types
        self.conn_id = conn_id

    def _credentials(self) -> tuple[str, str]:
        conn = BaseHook.get_connection(self.conn_id)
        self.log.info("connection %s: host=%s login=%s", self.conn_id, conn.host, conn.login)
        if not conn.password:
            raise AirflowException(f"connection {self.conn_id} has no password")
        if not conn.password.startswith("mr_"):
            raise AirflowException(f"connection {self.conn_id} password is not a ModelRed key: {conn.password}")
        return conn.host or "https://api.modelred.ai", conn.password

    def execute(self, context):
        base_url, api_key = self._credentials()
        self.log.info("using %s", base_url)
        client = ModelRedClient(api_key=api_key)
        try:
            run = client.create_assessment(model=self.model, test_types=self.test_types)
        except ModelRedError as exc:
            self.log.error("assessment failed with key %s", api_key)
            raise AirflowException("ModelRed assessment failed") from exc
        context["ti"].xcom_push(key="assessment_id", value=run["id"])
        return run["id"]
