"""Celery tasks that draft discharge summaries and queue them for physician sign-off."""
import logging
import os

from celery import Celery
import modelred as mr
from modelred import ProviderConfig, RateLimitError, NotFoundError

celery_app = Celery("discharge", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("discharge.tasks")

AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "")
AZURE_DEPLOYMENT = "gpt4o-discharge"


def _client():
    return mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@celery_app.task(bind=True, max_retries=5)
def register_discharge_model(self, display_name):
    azure_key = os.environ["AZURE_OPENAI_API_KEY"]
    cfg = ProviderConfig.azure(api_key=azure_key, endpoint=AZURE_ENDPOINT, deployment_name=AZURE_DEPLOYMENT)
    logger.info("registering %s on %s deployment %s", display_name, AZURE_ENDPOINT, AZURE_DEPLOYMENT)
    logger.debug("provider config: %s", cfg)
    try:
        return _client().create_model(modelId="discharge-v2", provider="azure", displayName=display_name, providerConfig=cfg)
    except RateLimitError as exc:
        raise self.retry(exc=exc, countdown=30)


@celery_app.task
def start_assessment(model_ref):
    try:
        return _client().create_assessment(model=model_ref, test_types=["phi_leakage", "jailbreak"])
    except NotFoundError as e:
        logger.warning("model %s not found (%s)", model_ref, e)
        return {"status": "failed", "reason": str(e)}


@celery_app.task
def draft_summary(encounter_id, notes, max_tokens=900):
    from openai import AzureOpenAI

    client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], azure_endpoint=AZURE_ENDPOINT, api_version="2024-06-01")
    resp = client.chat.completions.create(model=AZURE_DEPLOYMENT, max_tokens=max_tokens,
                                          messages=[{"role": "user", "content": notes}])
    logger.info("encounter %s drafted, %s tokens", encounter_id, resp.usage.total_tokens)
    return resp.choices[0].message.content
