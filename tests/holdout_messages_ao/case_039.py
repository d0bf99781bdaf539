"""Django views: Zilliz (Milvus) semantic search over tender documents, plus an audit trigger."""
import logging
import os

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from pymilvus import MilvusClient, MilvusException
from modelred import ModelRed, ModelRedError, RateLimited

logger = logging.getLogger(__name__)

COLLECTION = "tender_chunks"


def milvus() -> MilvusClient:
    uri = settings.ZILLIZ_URI
    token = settings.ZILLIZ_TOKEN
    logger.info("milvus uri %s collection %s", uri, COLLECTION)
    try:
        return MilvusClient(uri=uri, token=token)
    except MilvusException as exc:
        raise RuntimeError(f"zilliz connect failed ({exc.code}) with token {token}") from exc


def search(request: HttpRequest) -> JsonResponse:
    q = request.GET.get("q", "")
    from tenders.embeddings import embed_query

    vec, used_tokens = embed_query(q, api_key=settings.OPENAI_API_KEY)
    hits = milvus().search(COLLECTION, data=[vec], limit=10, output_fields=["tender_id", "title"])
    logger.info("q=%r hits=%d embed_tokens=%d", q, len(hits[0]), used_tokens)
    return JsonResponse({"hits": [h["entity"] for h in hits[0]]})


@require_POST
def audit(request: HttpRequest, model_id: str) -> JsonResponse:
    try:
        with ModelRed(settings.MODELRED_API_KEY) as client:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=["rag-poisoning"])
    except RateLimited as exc:
        return JsonResponse({"error": "rate limited", "retry_after": exc.retry_after}, status=429)
    except ModelRedError as exc:
        logger.exception("audit of %s failed", model_id)
        return JsonResponse({"error": str(exc)}, status=502)
    return JsonResponse({"assessment": a["id"]}, status=202)


def debug_settings(request: HttpRequest) -> JsonResponse:
    names = ["ZILLIZ_URI", "ZILLIZ_TOKEN", "OPENAI_API_KEY", "MODELRED_API_KEY"]
    present = {n: bool(getattr(settings, n, None)) for n in names}
    logger.info("settings present: %s", present)
    if settings.DEBUG:
        logger.debug("openai key in settings: %s", settings.OPENAI_API_KEY)
    return JsonResponse(present)
