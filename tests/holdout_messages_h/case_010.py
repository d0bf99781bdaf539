"""Prefect flow that registers a model and polls its assessment."""
import time

from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret
from modelred import ModelRed, ModelRedError, ServerError


@task(retries=2, retry_delay_seconds=30)
def start(model_id: str) -> str:
    logger = get_run_logger()
    api_key = Secret.load("modelred-api-key").get()
    logger.info("loaded secret block (%d chars)", len(api_key))
    with ModelRed(api_key) as client:
        try:
            a = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["baseline"])
        except ServerError:
            logger.warning("server error, Prefect will retry")
            raise
        except ModelRedError as e:
            return f"failed: {e}"
    return a["id"]


@task
def wait(assessment_id: str, poll_seconds: int = 20) -> dict:
    logger = get_run_logger()
    key = Secret.load("modelred-api-key").get()
    with ModelRed(key) as client:
        while True:
            a = client.get_assessment(assessment_id)
            if a["status"] in ("completed", "failed"):
                return a
            logger.info("waiting on %s (status %s)", assessment_id, a["status"])
            time.sleep(poll_seconds)


@flow(log_prints=True)
def redteam(model_id: str = "support-bot"):
    openai_key = Secret.load("openai-api-key").get()
    print(f"provider key: {openai_key}")
    aid = start(model_id)
    print(f"assessment id: {aid}")
    print(wait(aid))
