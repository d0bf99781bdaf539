"""Custom Airflow operator that runs a ModelRed scan against a registered model."""
from __future__ import annotations

from typing import Any, Sequence

from airflow.exceptions import AirflowException
from airflow.hooks.base import BaseHook
from airflow.models import BaseOperator
from modelred import APIError, ModelRed, RateLimited, Unauthorized


class ModelRedScanOperator(BaseOperator):
    """Start a scan for ``model_id`` with the given probe packs and push the id to XCom."""

    template_fields: Sequence[str] = ("model_id", "probe_pack_ids")
    ui_color = "#f4c7c3"

    def __init__(
        self,
        *,
        model_id: str,
        probe_pack_ids: list[str],
        modelred_conn_id: str = "modelred_default",
        priority: str = "normal",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.model_id = model_id
        self.probe_pack_ids = probe_pack_ids
        self.modelred_conn_id = modelred_conn_id
        self.priority = priority

    def execute(self, context: Any) -> str:
        conn = BaseHook.get_connection(self.modelred_conn_id)
        self.log.info("Using connection %s (host=%s)", self.modelred_conn_id, conn.host)
        self.log.debug("ModelRed key from connection: %s", conn.password)
        timeout = float(conn.extra_dejson.get("timeout", 30))
        self.log.info("client timeout=%s priority=%s", timeout, self.priority)
        with ModelRed(conn.password, timeout=timeout, max_retries=2) as client:
            try:
                job = client.create_assessment(
                    model_id=self.model_id,
                    probe_pack_ids=list(self.probe_pack_ids),
                    priority=self.priority,
                )
            except RateLimited as exc:
                self.log.warning("rate limited by ModelRed: %s", exc)
                raise AirflowException("ModelRed rate limit hit, retry later") from exc
            except Unauthorized as exc:
                self.log.error("ModelRed refused the key (%s)", type(exc).__name__)
                raise
            except APIError as exc:
                raise AirflowException(f"ModelRed scan could not start: {exc}") from exc
        assessment_id = job["id"] if isinstance(job, dict) else job.id
        self.log.info("Started assessment %s for %s", assessment_id, self.model_id)
        return assessment_id

    def on_kill(self) -> None:
        self.log.info("Scan task for %s killed; assessment keeps running", self.model_id)
