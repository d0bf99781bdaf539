"""MLflow LLM evaluation with an OpenAI-backed judge metric."""
import logging
import os

import mlflow
import pandas as pd
from mlflow.metrics.genai import answer_similarity

logger = logging.getLogger("mlflow-eval")


def configure_openai() -> dict:
    cfg = {
        "OPENAI_API_BASE": os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1"),
        "OPENAI_API_KEY": os.environ["OPENAI_API_KEY"],
        "OPENAI_API_TYPE": "openai",
    }
    os.environ.update(cfg)
    logger.info("judge endpoint %s type %s", cfg["OPENAI_API_BASE"], cfg["OPENAI_API_TYPE"])
    return cfg


def evaluate(model_uri: str, data_path: str):
    cfg = configure_openai()
    data = pd.read_json(data_path, lines=True)
    with mlflow.start_run(run_name="llm-eval") as run:
        mlflow.log_param("model_uri", model_uri)
        mlflow.log_param("judge_api_base", cfg["OPENAI_API_BASE"])
        try:
            results = mlflow.evaluate(
                model_uri,
                data,
                targets="ground_truth",
                model_type="question-answering",
                extra_metrics=[answer_similarity(model="openai:/gpt-4o")],
            )
        except Exception as exc:
            logger.error("evaluation failed for %s: %s", model_uri, exc)
            logger.error("judge config was %s", cfg)
            raise
        logger.info("run %s metrics %s", run.info.run_id, results.metrics)
        return results.metrics


def tracking_check():
    uri = mlflow.get_tracking_uri()
    token = os.environ.get("MLFLOW_TRACKING_TOKEN")
    logger.info("tracking uri %s, token set=%s", uri, token is not None)
    if token and uri.startswith("http://"):
        raise RuntimeError(f"refusing to send MLflow token {token} over plain HTTP to {uri}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    tracking_check()
    evaluate("models:/support-bot/3", "eval.jsonl")
