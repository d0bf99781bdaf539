"""Celery tasks: LLM summaries of annotated VCFs, and the nightly ModelRed gate for the summariser."""
import logging
import os

from celery import Celery
from modelred import ModelRed, APIError, NotFound, RateLimited

celery_app = Celery("varsum", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
logger = logging.getLogger("varsum.tasks")

SUMMARISER_MODEL_ID = "varsum-claude"
NIGHTLY_PACKS = ["pk-clinical-safety", "pk-prompt-injection"]


def _mr() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=60.0, max_retries=2)


@celery_app.task(bind=True, max_retries=5)
def nightly_gate(self, model_id: str = SUMMARISER_MODEL_ID) -> dict:
    try:
        with _mr() as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=NIGHTLY_PACKS)
        logger.info("nightly gate for %s queued as %s", model_id, job["id"])
        return {"ok": True, "assessment": job["id"]}
    except RateLimited as exc:
        raise self.retry(exc=exc, countdown=300)
    except NotFound:
        return {"ok": False, "error": f"model {model_id} is not registered"}
    except APIError as exc:
        logger.exception("nightly gate failed")
        return {"ok": False, "error": str(exc)}


@celery_app.task
def summarise_vcf(sample_id: str, vcf_path: str, anthropic_key: str | None = None) -> str:
    from anthropic import Anthropic

    key = anthropic_key or os.environ["ANTHROPIC_API_KEY"]
    client = Anthropic(api_key=key)
    logger.info("anthropic key from %s", "task argument" if anthropic_key else "ANTHROPIC_API_KEY")
    with open(vcf_path) as fh:
        records = [line for line in fh if not line.startswith("#")][:400]
    logger.info("summarising %d records for %s", len(records), sample_id)
    try:
        msg = client.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=1500,
            messages=[{"role": "user", "content": "Summarise clinically relevant variants:\n" + "".join(records)}],
        )
    except Exception as exc:
        logger.error("anthropic call failed for %s with key=%s: %r", sample_id, key, exc)
        raise
    logger.info("summary for %s: %d output tokens", sample_id, msg.usage.output_tokens)
    return msg.content[0].text
