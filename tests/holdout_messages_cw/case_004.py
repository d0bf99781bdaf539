"""ModelRed hook for Airflow: connection form, get_conn and test_connection."""
from __future__ import annotations

from functools import cached_property
from typing import Any

from airflow.hooks.base import BaseHook
from modelred import ModelRedClient, ModelRedError, NotFoundError, RateLimitError


class ModelRedHook(BaseHook):
    conn_name_attr = "modelred_conn_id"
    default_conn_name = "modelred_default"
    conn_type = "modelred"
    hook_name = "ModelRed"

    def __init__(self, modelred_conn_id: str = default_conn_name) -> None:
        super().__init__()
        self.modelred_conn_id = modelred_conn_id

    @classmethod
    def get_ui_field_behaviour(cls) -> dict[str, Any]:
        return {
            "hidden_fields": ["port", "schema", "login"],
            "relabeling": {"password": "API key"},
            "placeholders": {"password": "mr_...", "extra": '{"detector_api_key": "sk-..."}'},
        }

    @cached_property
    def client(self) -> ModelRedClient:
        conn = self.get_connection(self.modelred_conn_id)
        extra = conn.extra_dejson
        self.log.debug("connection extras for %s: %s", self.modelred_conn_id, extra)
        self.detector_key = extra.get("detector_api_key")
        self.log.info("extra fields: %s", sorted(extra))
        self.log.info("detector key configured: %s", bool(self.detector_key))
        return ModelRedClient(api_key=conn.password)

    def get_model(self, model_identifier: str) -> dict:
        try:
            return self.client.get_model(model_identifier)
        except NotFoundError:
            self.log.warning("model %s not registered", model_identifier)
            return {}

    def test_connection(self) -> tuple[bool, str]:
        try:
            probes = self.client.list_probes()
        except RateLimitError as e:
            self.log.warning("rate limited while testing: %r", e)
            return False, "Rate limited, try again in a minute"
        except ModelRedError as e:
            return False, str(e)
        return True, f"Connected, {len(probes)} probes available"
