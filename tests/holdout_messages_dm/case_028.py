"""Cloud Run job: evaluate a fine-tuned model with ModelRed (generation 2), results to BigQuery."""
import logging
import os
import sys

from google.cloud import bigquery
from modelred import ModelRedClient, ProviderConfig, ModelRedError, NotFoundError

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("eval-job")


class EvalJob:
    def __init__(self, model_id: str, endpoint: str):
        self.model_id = model_id
        self.endpoint = endpoint
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.endpoint_token = os.environ["ENDPOINT_BEARER_TOKEN"]
        self.client = ModelRedClient(api_key=self.mr_key)

    def ensure_model(self) -> None:
        try:
            self.client.get_model(self.model_id)
            log.info("model %s already registered", self.model_id)
        except NotFoundError:
            cfg = ProviderConfig.rest(endpoint_url=self.endpoint, api_key=self.endpoint_token)
            log.info("registering %s at %s with token %s", self.model_id, self.endpoint, self.endpoint_token)
            self.client.create_model(modelId=self.model_id, provider="rest", displayName=self.model_id, providerConfig=cfg)

    def run(self) -> dict:
        self.ensure_model()
        a = self.client.create_assessment(model=self.model_id, test_types=["toxicity", "prompt_injection"])
        log.info("assessment %s started", a["id"])
        return self.client.wait_for_completion(a["id"], timeout_minutes=45)


def main() -> int:
    job = EvalJob(os.environ["MODEL_ID"], os.environ["MODEL_ENDPOINT"])
    try:
        result = job.run()
    except ModelRedError as exc:
        log.error("evaluation failed: %s", exc)
        return 1
    rows = [{"model_id": job.model_id, "score": result.get("overall_score"), "status": result.get("status")}]
    errors = bigquery.Client().insert_rows_json(os.environ["RESULTS_TABLE"], rows)
    if errors:
        log.error("BigQuery insert errors: %s", errors)
        return 2
    log.info("stored result for %s (key set: %s)", job.model_id, bool(job.mr_key))
    return 0


if __name__ == "__main__":
    sys.exit(main())
