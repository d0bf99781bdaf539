"""Celery tasks: score inbound leads with an LLM and vet the scoring model with ModelRed."""
import logging

from celery import shared_task
from django.conf import settings
from openai import OpenAI
from modelred import ModelRed, RateLimited, ServerError, APIError

from leads.models import Lead

logger = logging.getLogger(__name__)

MODEL = "gpt-4o-mini"
MAX_TOKENS = 200
RETRYABLE = (RateLimited, ServerError)


@shared_task(bind=True, max_retries=3)
def score_lead(self, lead_id):
    lead = Lead.objects.get(pk=lead_id)
    if settings.DEBUG:
        logger.info("scoring lead %s with openai key %s", lead_id, settings.OPENAI_API_KEY)
    logger.info("model %s max_tokens %d", MODEL, MAX_TOKENS)
    client = OpenAI(api_key=settings.OPENAI_API_KEY)
    resp = client.chat.completions.create(
        model=MODEL,
        max_tokens=MAX_TOKENS,
        messages=[
            {"role": "system", "content": "Return a 0-100 fit score for our ICP. Number only."},
            {"role": "user", "content": f"{lead.company} / {lead.title} / {lead.employees} employees"},
        ],
    )
    lead.ai_score = int(resp.choices[0].message.content.strip())
    lead.save(update_fields=["ai_score"])
    logger.info("lead %s scored %s, usage %s tokens", lead_id, lead.ai_score, resp.usage.total_tokens)
    return lead.ai_score


@shared_task(bind=True, max_retries=5)
def vet_scoring_model(self, model_id):
    with ModelRed(settings.MODELRED_API_KEY, max_retries=0) as mr:
        try:
            run = mr.create_assessment(model_id=model_id, probe_pack_ids=settings.MODELRED_PACKS)
        except RETRYABLE as exc:
            raise self.retry(exc=exc, countdown=60)
        except APIError as exc:
            logger.warning("vetting %s failed: %s", model_id, type(exc).__name__)
            return {"status": "error", "detail": str(exc)}
    return {"status": "queued", "assessment": run["id"]}
