"""MLflow tracking helper that registers a fine-tuned model and scans it."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import mlflow
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger(__name__)


@dataclass
class TrackingSettings:
    tracking_uri: str
    experiment: str
    mr_key: str = field(repr=False)
    run_name: str = "sft"


class ModelRegistryBridge:
    def __init__(self, settings: TrackingSettings):
        self.settings = settings
        self.mr_key = settings.mr_key
        mlflow.set_tracking_uri(settings.tracking_uri)
        mlflow.set_experiment(settings.experiment)
        log.info("bridge settings %r", settings)
        log.info("tracking at %s for experiment %s", settings.tracking_uri, settings.experiment)

    def log_run(self, params: dict, metrics: dict) -> str:
        with mlflow.start_run(run_name=self.settings.run_name) as run:
            mlflow.log_params(params)
            mlflow.log_metrics(metrics)
            log.info("logged run %s", run.info.run_id)
            return run.info.run_id

    def scan(self, model_id: str):
        with ModelRed(self.mr_key, timeout=30.0) as client:
            try:
                return client.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm"])
            except Unauthorized:
                log.warning("ModelRed rejected key %s", self.mr_key)
                raise
            except APIError as exc:
                log.error("scan failed with status %s", exc.status_code)
                raise RuntimeError(f"ModelRed scan failed: {exc}") from exc


def from_env() -> ModelRegistryBridge:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise RuntimeError(f"MODELRED_API_KEY missing (got {key!r})")
    return ModelRegistryBridge(TrackingSettings(os.environ["MLFLOW_TRACKING_URI"], "llm-ft", key))
