"""Airflow task pulling the Cohere key from AWS Secrets Manager via the Amazon provider."""
import json
import logging
from datetime import datetime

from airflow.decorators import dag, task
from airflow.exceptions import AirflowException
from airflow.providers.amazon.aws.hooks.secrets_manager import SecretsManagerHook

log = logging.getLogger("airflow.task")
SECRET_ID = "prod/llm/cohere"


def cohere_key() -> str:
    hook = SecretsManagerHook(aws_conn_id="aws_default", region_name="eu-west-1")
    raw = hook.get_secret(SECRET_ID)
    log.info("secret %s fetched (%d bytes)", SECRET_ID, len(raw))
    data = json.loads(raw)
    if "api_key" not in data:
        raise AirflowException(f"secret {SECRET_ID} has no api_key field, fields: {sorted(data)}")
    return data["api_key"]


@dag(start_date=datetime(2024, 3, 10), schedule="@daily", catchup=False)
def rerank_search_logs():
    @task
    def rerank(ds=None) -> int:
        import cohere

        key = cohere_key()
        co = cohere.ClientV2(api_key=key)
        with open(f"/data/search/{ds}.json") as fh:
            queries = json.load(fh)
        n = 0
        for q in queries:
            try:
                res = co.rerank(model="rerank-v3.5", query=q["query"], documents=q["docs"], top_n=3)
            except cohere.errors.UnauthorizedError as exc:
                raise AirflowException(f"Cohere refused key {key} from {SECRET_ID}") from exc
            n += len(res.results)
        log.info("reranked %d queries, billed units %s", len(queries), getattr(res.meta, "billed_units", None))
        return n

    @task
    def audit(n: int) -> None:
        key = cohere_key()
        log.info("audit key suffix %s", key[-4:])
        log.info("audit: %d results, key %s", n, key)

    audit(rerank())


rerank_search_logs()
