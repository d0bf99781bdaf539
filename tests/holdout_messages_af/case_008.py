"""MLflow tracking against the team's basic-auth tracking server."""
import logging
import os
from urllib.parse import urlparse

import mlflow
import requests

log = logging.getLogger("tracking")

TRACKING_URI = os.getenv("MLFLOW_TRACKING_URI", "https://mlflow.internal.example.com")
USER_VAR = "MLFLOW_TRACKING_USERNAME"
PASSWORD_VAR = "MLFLOW_TRACKING_PASSWORD"


def configure_tracking(experiment: str) -> str:
    user = os.environ.get(USER_VAR)
    password = os.environ.get(PASSWORD_VAR)
    if not user or not password:
        raise RuntimeError(f"set {USER_VAR} and {PASSWORD_VAR} for {TRACKING_URI}")
    probe = requests.get(f"{TRACKING_URI}/health", auth=(user, password), timeout=5)
    if probe.status_code == 401:
        raise PermissionError(f"mlflow rejected {user}:{password} at {urlparse(TRACKING_URI).netloc}")
    log.info("mlflow health %s as user %s", probe.status_code, user)
    mlflow.set_tracking_uri(TRACKING_URI)
    exp = mlflow.set_experiment(experiment)
    log.info("experiment %s id=%s", exp.name, exp.experiment_id)
    return exp.experiment_id


def log_transcription_run(wer: float, cer: float, params: dict):
    safe = {k: v for k, v in params.items() if "key" not in k and "token" not in k}
    log.debug("logging params %s", safe)
    with mlflow.start_run() as run:
        mlflow.log_params(safe)
        mlflow.log_metrics({"wer": wer, "cer": cer})
        log.info("run %s logged", run.info.run_id)


def debug_env():
    for name in (USER_VAR, PASSWORD_VAR, "MLFLOW_TRACKING_URI"):
        log.debug("%s=%s", name, os.environ.get(name))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    debug_env()
    configure_tracking("asr-finetune")
    log_transcription_run(0.12, 0.05, {"lr": 3e-5, "epochs": 3, "hf_token": os.environ.get("HF_TOKEN")})
