"""Celery tasks for meter data management: VEE exception summaries and model scans."""
import logging
import os

from celery import Celery
from modelred import ModelRed, APIError, RateLimited, ServerError, NotFound
from openai import OpenAI

app = Celery("mdm", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3"))
log = logging.getLogger("mdm.tasks")

RETRYABLE = (RateLimited, ServerError)


def _mr() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=25.0)


@app.task(bind=True, max_retries=4)
def scan_vee_model(self, model_id: str) -> dict:
    try:
        with _mr() as client:
            job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["data-leakage", "pii"])
    except RETRYABLE as exc:
        raise self.retry(exc=exc, countdown=60)
    except NotFound:
        return {"ok": False, "error": "unknown model"}
    except APIError as exc:
        return {"ok": False, "error": f"ModelRed: {exc}"}
    return {"ok": True, "assessment": job["id"]}


@app.task
def summarize_vee_exceptions(batch_id: str, rows: list[dict]) -> str:
    openai_key = os.environ["OPENAI_API_KEY"]
    client = OpenAI(api_key=openai_key, organization=os.environ.get("OPENAI_ORG"))
    log.info("batch %s: %d VEE exceptions, org %s", batch_id, len(rows), client.organization)
    try:
        out = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=350,
            messages=[{"role": "user", "content": f"Explain these estimated reads: {rows[:40]}"}],
        )
    except Exception as exc:
        log.exception("OpenAI failed for batch %s using key %s", batch_id, openai_key)
        raise
    log.info("batch %s used %s tokens", batch_id, out.usage.total_tokens)
    return out.choices[0].message.content


@app.task
def rotate_headend_token(new_token: str) -> None:
    log.info("rotating head-end token (len=%d)", len(new_token))
    os.environ["HEADEND_TOKEN"] = new_token
    log.debug("head-end token now ...%s", new_token[-4:])
