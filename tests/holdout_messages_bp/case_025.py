"""Promotion gate: a model moves to Production in the MLflow registry only if the scan passes."""
import logging
import os

import mlflow
from mlflow.tracking import MlflowClient
from modelred import ModelRed, APIError, NotFound, Forbidden

log = logging.getLogger("gate")
MIN_SCORE = 7.5


class PromotionGate:
    def __init__(self):
        self.registry = MlflowClient()
        self.mr = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=5)

    def score(self, assessment_id: str) -> float:
        try:
            a = self.mr.get_assessment(assessment_id)
        except NotFound:
            raise RuntimeError(f"assessment {assessment_id} does not exist")
        except Forbidden as exc:
            log.error("forbidden (%s) reading %s", exc.status_code, assessment_id)
            raise RuntimeError("not allowed to read the assessment")
        except APIError as exc:
            raise RuntimeError(f"could not read assessment {assessment_id}: {exc}") from exc
        return float(a["summary"]["score"])

    def promote(self, name: str, version: str, assessment_id: str) -> bool:
        s = self.score(assessment_id)
        log.info("model %s v%s scored %.2f (min %.2f)", name, version, s, MIN_SCORE)
        if s < MIN_SCORE:
            self.registry.set_model_version_tag(name, version, "redteam", "failed")
            return False
        self.registry.transition_model_version_stage(name, version, stage="Production")
        self.registry.set_model_version_tag(name, version, "redteam", f"{s:.2f}")
        return True


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    mlflow.set_tracking_uri(os.environ["MLFLOW_TRACKING_URI"])
    log.info("tracking %s as %s", mlflow.get_tracking_uri(), os.environ.get("MLFLOW_TRACKING_USERNAME"))
    ok = PromotionGate().promote(sys.argv[1], sys.argv[2], sys.argv[3])
    sys.exit(0 if ok else 1)
