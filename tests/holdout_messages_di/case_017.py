"""Celery tasks run by the agent's scheduler: nightly ModelRed scans (generation 2 client)."""
import logging
import os

from celery import Celery
from modelred import ModelRedClient, ProviderConfig
from modelred import ConflictError, ModelRedError, RateLimitError

app = Celery("agent_jobs", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("agent_jobs.scans")


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.task(bind=True, max_retries=5)
def register_and_scan(self, model_id: str, provider: str, display_name: str) -> str:
    provider_key = os.environ[f"{provider.upper()}_API_KEY"]
    cfg = ProviderConfig.openai(api_key=provider_key, model_name=display_name) if provider == "openai" else ProviderConfig.anthropic(api_key=provider_key, model_name=display_name)
    client = _client()
    try:
        client.create_model(modelId=model_id, provider=provider, displayName=display_name, providerConfig=cfg)
    except ConflictError:
        log.info("model %s already registered", model_id)
    except RateLimitError as exc:
        raise self.retry(exc=exc, countdown=60)
    except ModelRedError as exc:
        log.error("create_model failed for %s with config %s: %s", model_id, cfg, exc)
        raise
    job = client.create_assessment(model=model_id, test_types=["jailbreak", "toxicity"], priority="low")
    log.info("nightly scan %s for %s", job["id"], model_id)
    return job["id"]


@app.task
def report(assessment_id: str) -> dict:
    client = _client()
    try:
        res = client.wait_for_completion(assessment_id, timeout=1800)
    except ModelRedError as exc:
        return {"assessment_id": assessment_id, "error": str(exc)}
    log.info("scan %s finished, score %s", assessment_id, res.get("score"))
    return {"assessment_id": assessment_id, "score": res.get("score")}


@app.task
def check_keys() -> None:
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY"):
        value = os.environ.get(var)
        log.info("%s set=%s", var, value is not None)
        if value and len(value) < 20:
            log.error("%s is too short: %s", var, value)
