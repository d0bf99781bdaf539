"""Training entrypoint: log runs to a self-hosted MLflow behind basic auth."""
import logging
import os
import sys

import mlflow
import mlflow.sklearn
from sklearn.datasets import load_wine
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

logger = logging.getLogger("train")

TRACKING_HOST = os.getenv("MLFLOW_HOST", "mlflow.internal:5000")
MLFLOW_USER = os.getenv("MLFLOW_TRACKING_USERNAME", "trainer")
MLFLOW_PASSWORD = os.getenv("MLFLOW_TRACKING_PASSWORD")


def tracking_uri() -> str:
    if MLFLOW_PASSWORD:
        return f"https://{MLFLOW_USER}:{MLFLOW_PASSWORD}@{TRACKING_HOST}"
    return f"https://{TRACKING_HOST}"


def main(n_estimators: int = 200) -> None:
    uri = tracking_uri()
    mlflow.set_tracking_uri(uri)
    logger.info("tracking host %s user %s", TRACKING_HOST, MLFLOW_USER)
    logger.info("mlflow tracking uri: %s", uri)
    mlflow.set_experiment("wine-rf")
    X, y = load_wine(return_X_y=True)
    Xtr, Xte, ytr, yte = train_test_split(X, y, test_size=0.2, random_state=0)
    with mlflow.start_run() as run:
        model = RandomForestClassifier(n_estimators=n_estimators).fit(Xtr, ytr)
        acc = model.score(Xte, yte)
        mlflow.log_params({"n_estimators": n_estimators})
        mlflow.log_metric("accuracy", acc)
        mlflow.sklearn.log_model(model, "model")
        logger.info("run %s accuracy %.3f", run.info.run_id, acc)
        print(f"artifact uri: {run.info.artifact_uri}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if MLFLOW_PASSWORD is None:
        print(f"MLFLOW_TRACKING_PASSWORD unset ({MLFLOW_PASSWORD}); using anonymous access", file=sys.stderr)
    try:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    except mlflow.exceptions.MlflowException as exc:
        assert exc.error_code != "UNAUTHENTICATED", f"MLflow rejected {MLFLOW_USER}/{MLFLOW_PASSWORD}"
        raise
