"""Claims document OCR + LLM extraction worker (Celery)."""
import logging
import os

from celery import Celery
from google import genai
from modelred import ModelRed, RateLimited, APIError

logger = logging.getLogger("docs.extract")
app = Celery("claims_docs", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/3"))

GEMINI_KEY = os.environ.get("GOOGLE_API_KEY")
EXTRACT_MODEL = "gemini-1.5-pro"


def _client():
    if not GEMINI_KEY:
        raise RuntimeError("GOOGLE_API_KEY not configured")
    return genai.Client(api_key=GEMINI_KEY)


@app.task(bind=True, max_retries=5)
def extract_invoice(self, claim_no: str, pdf_uri: str):
    logger.info("extracting repair invoice for %s from %s", claim_no, pdf_uri)
    try:
        resp = _client().models.generate_content(model=EXTRACT_MODEL, contents=[pdf_uri, "Return line items, labour hours, parts, tax as JSON."])
    except Exception as exc:
        logger.warning("gemini call failed for %s (key %s): %s", claim_no, GEMINI_KEY, exc)
        raise self.retry(exc=exc, countdown=30)
    meta = resp.usage_metadata
    logger.info("tokens prompt=%s total=%s", meta.prompt_token_count, meta.total_token_count)
    return resp.text


@app.task(bind=True, max_retries=3)
def scan_extractor(self, model_id: str):
    mr = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1)
    try:
        return mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["doc-injection"])["id"]
    except RateLimited as exc:
        raise self.retry(exc=exc, countdown=60)
    except APIError as exc:
        logger.error("scan failed for %s: %s", model_id, exc)
        return {"model_id": model_id, "error": str(exc)}
