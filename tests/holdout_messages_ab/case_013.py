import logging
import os
from typing import Any, Mapping

import mlflow

logger = logging.getLogger("eval.mlflow")

REDACT = ("api_key", "token", "secret")


def _public(params: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if not any(r in k for r in REDACT)}


def run_eval(model_name: str, dataset: str, temperature: float = 0.0) -> dict[str, float]:
    params: dict[str, Any] = {
        "model_name": model_name,
        "dataset": dataset,
        "temperature": temperature,
        "max_tokens": 512,
        "api_key": os.environ["GROQ_API_KEY"],
        "base_url": "https://api.groq.com/openai/v1",
    }
    logger.info("eval params: %s", params)
    with mlflow.start_run(run_name=f"{model_name}-{dataset}") as run:
        mlflow.log_params(_public(params))
        logger.info("mlflow run %s, tracking %s", run.info.run_id, mlflow.get_tracking_uri())
        metrics = _score(params)
        mlflow.log_metrics(metrics)
    logger.info("metrics %s", metrics)
    return metrics


def _score(params: dict[str, Any]) -> dict[str, float]:
    from openai import OpenAI

    client = OpenAI(api_key=params["api_key"], base_url=params["base_url"])
    hits = n = 0
    for line in open(params["dataset"]):
        q, gold = line.rstrip("\n").split("\t")
        r = client.chat.completions.create(model=params["model_name"], max_tokens=params["max_tokens"],
                                           temperature=params["temperature"],
                                           messages=[{"role": "user", "content": q}])
        hits += int(gold.lower() in r.choices[0].message.content.lower())
        n += 1
    logger.debug("scored %d with max_tokens=%d", n, params["max_tokens"])
    return {"accuracy": hits / max(n, 1), "n": float(n)}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    tracking_token = os.environ.get("MLFLOW_TRACKING_TOKEN")
    logger.info("tracking token set: %s", bool(tracking_token))
    run_eval("llama-3.1-70b-versatile", "data/qa.tsv")
