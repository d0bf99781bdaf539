"""Court-records summariser worker (Celery) for the public case-lookup portal."""
import os

from celery import Celery
from celery.utils.log import get_task_logger
from modelred import ModelRed, RateLimited, ServerError, APIError

celery_app = Celery("courts", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
task_log = get_task_logger(__name__)

RETRYABLE = (RateLimited, ServerError)
PACKS = ["pii-exfiltration", "legal-advice-boundaries"]


def _client():
    key = os.environ["MODELRED_API_KEY"]
    task_log.debug("modelred client, key prefix %s", key[:3])
    return ModelRed(key, max_retries=0)


@celery_app.task(bind=True, max_retries=5)
def assess_summariser(self, model_id: str):
    try:
        with _client() as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=PACKS, priority="high")
    except RETRYABLE as exc:
        task_log.warning("retrying %s after %s", model_id, type(exc).__name__)
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        raise RuntimeError(f"ModelRed refused assessment for {model_id}: {exc}") from exc
    task_log.info("assessment %s queued", job["id"])
    return job["id"]


@celery_app.task
def summarise_case(case_number: str, docket_text: str):
    from openai import OpenAI

    oai_key = os.environ["OPENAI_API_KEY"]
    client = OpenAI(api_key=oai_key)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Summarise for the public: {docket_text[:8000]}"}],
    )
    task_log.info("case %s summarised, %s prompt tokens", case_number, resp.usage.prompt_tokens)
    if resp.choices[0].finish_reason != "stop":
        task_log.error("truncated summary for %s using key %s", case_number, oai_key)
    return resp.choices[0].message.content
