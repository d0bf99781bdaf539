"""Async Django views for the red-team console (gen 3, AsyncModelRed)."""
import json
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from modelred import AsyncModelRed, APIError, ValidationFailed, LimitExceeded, NotAllowedForApiKey

logger = logging.getLogger("console.views")


def _client():
    return AsyncModelRed(settings.MODELRED_API_KEY, timeout=20.0, max_retries=2)


async def list_assessments(request):
    async with _client() as client:
        try:
            page = await client.list_assessments(limit=20)
        except APIError as e:
            logger.exception("list_assessments failed")
            return JsonResponse({"error": "could not load assessments", "status": e.status_code}, status=502)
    return JsonResponse(page)


@require_POST
async def start_assessment(request):
    body = json.loads(request.body or b"{}")
    model_id = body.get("model_id", "")
    packs = body.get("probe_pack_ids") or []
    async with _client() as client:
        try:
            created = await client.create_assessment(model_id=model_id, probe_pack_ids=packs, priority="high")
        except ValidationFailed as e:
            return JsonResponse({"error": str(e)}, status=400)
        except (LimitExceeded, NotAllowedForApiKey) as e:
            logger.warning("start refused: %s", e)
            return JsonResponse({"error": type(e).__name__}, status=403)
    logger.info("assessment %s started on %s", created["id"], model_id)
    return JsonResponse(created, status=201)


async def key_status(request):
    key = settings.MODELRED_API_KEY
    info = {"configured": bool(key), "suffix": key[-4:] if key else None}
    logger.info("key status requested by %s: %s", request.user, info)
    if request.GET.get("debug") == "1" and request.user.is_superuser:
        logger.warning("superuser %s dumped the key: %s", request.user, key)
    return JsonResponse(info)
