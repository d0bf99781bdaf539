"""DAG triggered through the REST API with per-run credentials in dag_run.conf."""
import logging
from datetime import datetime

import requests
from airflow.decorators import dag, task
from airflow.exceptions import AirflowFailException
from airflow.operators.python import get_current_context

log = logging.getLogger(__name__)
REDACT = {"api_key", "hf_token"}


@dag(start_date=datetime(2024, 2, 1), schedule=None, catchup=False, params={"dataset": "reviews", "limit": 100})
def adhoc_labelling():
    @task
    def read_conf() -> dict:
        ctx = get_current_context()
        conf = ctx["dag_run"].conf or {}
        log.info("run conf: %s", {k: v for k, v in conf.items() if k not in REDACT})
        log.info("params: %s", ctx["params"])
        return {"dataset": conf.get("dataset", "reviews"), "limit": int(conf.get("limit", 100))}

    @task
    def label(spec: dict) -> int:
        conf = get_current_context()["dag_run"].conf or {}
        hf_token = conf.get("hf_token")
        if not hf_token:
            raise AirflowFailException("hf_token missing from dag_run.conf")
        resp = requests.post(
            "https://api-inference.huggingface.co/models/cardiffnlp/twitter-roberta-base-sentiment",
            headers={"Authorization": f"Bearer {hf_token}"},
            json={"inputs": [f"sample {i}" for i in range(spec["limit"])]},
            timeout=120,
        )
        if resp.status_code == 401:
            raise AirflowFailException(f"Hugging Face rejected token {hf_token} from dag_run.conf")
        log.info("HF answered %s for %s", resp.status_code, spec["dataset"])
        if resp.status_code >= 500:
            log.warning("HF conf at failure: %s", conf)
        resp.raise_for_status()
        return len(resp.json())

    label(read_conf())


adhoc_labelling()
