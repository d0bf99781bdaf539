"""Prefect flow: nightly regression assessment of every registered model."""
from prefect import flow, get_run_logger, task
from prefect.blocks.system import Secret
from modelred import ModelRed, APIError, ServerError

KEY_BLOCK = "modelred-api-key"


@task(retries=2, retry_delay_seconds=60)
def list_models(api_key: str) -> list[dict]:
    logger = get_run_logger()
    with ModelRed(api_key) as client:
        models = client.list_models()
    logger.info("found %d models", len(models))
    return models


@task
def assess(api_key: str, model: dict) -> str | None:
    logger = get_run_logger()
    try:
        with ModelRed(api_key) as client:
            run = client.create_assessment(model_id=model["id"], probe_pack_ids=["regression"])
    except ServerError:
        raise
    except APIError as exc:
        logger.warning("model %s skipped: %s", model["id"], exc)
        return None
    return run["id"]


@flow(name="nightly-regression")
def nightly(limit: int = 50) -> None:
    logger = get_run_logger()
    secret = Secret.load(KEY_BLOCK)
    api_key = secret.get()
    logger.info("loaded block %s", KEY_BLOCK)
    if len(api_key) < 12:
        logger.error(f"block {KEY_BLOCK} holds a short value: {api_key}")
        return
    models = list_models(api_key)
    ids = [assess(api_key, m) for m in models[:limit]]
    logger.info("started %d of %d", sum(1 for i in ids if i), len(models))


if __name__ == "__main__":
    nightly()
