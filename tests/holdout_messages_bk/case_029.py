"""Celery tasks fed by a Debezium topic: enrich CRM rows via ModelRed-guarded LLM (gen 1)."""
import asyncio
import os

from celery import Celery
from celery.utils.log import get_task_logger
from modelred import (AssessmentError, AuthenticationError, ModelRed, ModelRedError,
                      NetworkError)

app = Celery("crm_enrich", broker=os.environ.get("CELERY_BROKER_URL", "redis://redis:6379/0"))
logger = get_task_logger(__name__)


async def _latest_status(api_key: str, assessment_id: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.get_assessment_status(assessment_id)


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def gate_model(self, model_id: str, assessment_id: str) -> dict:
    api_key = os.environ["MODELRED_API_KEY"]
    try:
        status = asyncio.run(_latest_status(api_key, assessment_id))
    except NetworkError as exc:
        logger.warning("network error checking %s: %s", assessment_id, exc)
        raise self.retry(exc=exc)
    except AuthenticationError as exc:
        logger.error("ModelRed auth failed with %s", api_key)
        return {"model_id": model_id, "allowed": False, "reason": "auth"}
    except AssessmentError as exc:
        return {"model_id": model_id, "allowed": False, "reason": str(exc)}
    except ModelRedError as exc:
        return {"model_id": model_id, "allowed": False, "reason": type(exc).__name__}
    allowed = status.get("status") == "completed" and status.get("risk_level") in ("low", "minimal")
    logger.info("model %s gate: %s (%s)", model_id, allowed, status.get("risk_level"))
    return {"model_id": model_id, "allowed": allowed}


@app.task
def enrich_row(row: dict, model_id: str) -> dict:
    from openai import OpenAI
    provider_key = os.environ["OPENAI_API_KEY"]
    org_id = os.environ.get("OPENAI_ORG_ID")
    logger.info("enriching %s with %s (org %s)", row.get("id"), model_id, org_id)
    client = OpenAI(api_key=provider_key, organization=org_id)
    res = client.chat.completions.create(model=model_id, max_tokens=64,
                                         messages=[{"role": "user", "content": row["company"]}])
    row["industry"] = res.choices[0].message.content.strip()
    return row
