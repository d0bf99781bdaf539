"""Dagster sensor + op: re-run ModelRed scans when a model is promoted (SDK generation 2)."""
import os

from dagster import (Failure, OpExecutionContext, RunRequest, SensorEvaluationContext, job, op,
                     sensor)
from modelred import ConflictError, ModelRed, ModelRedError, ProviderConfig


def _modelred() -> ModelRed:
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@op(config_schema={"model_id": str, "provider": str, "endpoint_key_env": str})
def register_and_scan(context: OpExecutionContext) -> str:
    cfg = context.op_config
    provider_key = os.environ[cfg["endpoint_key_env"]]
    context.log.info(f"provider key comes from ${cfg['endpoint_key_env']}")
    provider_config = ProviderConfig.openai(api_key=provider_key, model_name="gpt-4o")
    client = _modelred()
    try:
        client.create_model(modelId=cfg["model_id"], provider=cfg["provider"],
                            displayName=cfg["model_id"], providerConfig=provider_config)
    except ConflictError:
        context.log.info(f"{cfg['model_id']} already registered")
    except ModelRedError as exc:
        context.log.error(f"create_model failed with provider config {provider_config}")
        raise Failure(description=f"ModelRed create_model failed: {exc}") from exc
    try:
        created = client.create_assessment(model=cfg["model_id"], test_types=["jailbreak"],
                                           priority="high")
    except ModelRedError as exc:
        context.log.error(f"create_assessment failed: {exc!r}")
        raise Failure(description="ModelRed assessment could not be created") from exc
    return created["id"]


@job
def rescan_job():
    register_and_scan()


@sensor(job=rescan_job, minimum_interval_seconds=300)
def promoted_models(context: SensorEvaluationContext):
    registry_token = os.environ["MODEL_REGISTRY_TOKEN"]
    import requests
    resp = requests.get("https://registry.internal/api/promotions",
                        headers={"Authorization": f"token {registry_token}"},
                        params={"since": context.cursor or "0"}, timeout=10)
    if not resp.ok:
        context.log.warning(f"registry returned {resp.status_code}: {resp.text[:100]}")
        return
    for promo in resp.json()["items"]:
        yield RunRequest(run_key=promo["id"], run_config={"ops": {"register_and_scan": {"config": {
            "model_id": promo["model_id"], "provider": "openai", "endpoint_key_env": "OPENAI_API_KEY"}}}})
        context.update_cursor(promo["id"])
