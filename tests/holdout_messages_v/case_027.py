"""Django views: assessment status page backed by a cached health record (SDK generation 2)."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET
from modelred import ModelRedClient, ModelRedError, RateLimitError

logger = logging.getLogger("status")

HEALTH_KEY = "modelred:health"


def refresh_health() -> dict:
    client = ModelRedClient(api_key=settings.MODELRED_API_KEY)
    try:
        probes = client.list_probes()
        record = {"ok": True, "probes": len(probes), "error": None}
    except RateLimitError as exc:
        logger.warning("health check rate limited: %s", exc)
        record = {"ok": True, "probes": None, "error": "rate limited"}
    except ModelRedError as exc:
        record = {"ok": False, "probes": None, "error": repr(exc)}
    cache.set(HEALTH_KEY, record, 300)
    return record


@require_GET
def status_page(request):
    record = cache.get(HEALTH_KEY) or refresh_health()
    return render(request, "status.html", {"health": record})


@require_GET
def assessment_detail(request, assessment_id: str):
    client = ModelRedClient(api_key=settings.MODELRED_API_KEY)
    try:
        data = client.get_assessment(assessment_id)
    except ModelRedError as exc:
        logger.error("get_assessment %s failed: %s", assessment_id, exc)
        return render(request, "assessment.html", {"error": f"Could not load assessment: {exc}"}, status=502)
    return render(request, "assessment.html", {"assessment": data})


@require_GET
def debug_config(request):
    if not request.user.is_superuser:
        return JsonResponse({"error": "forbidden"}, status=403)
    logger.info("debug config viewed by %s", request.user.username)
    logger.info("MODELRED_API_KEY in use: %s", settings.MODELRED_API_KEY)
    return JsonResponse({"key_set": bool(settings.MODELRED_API_KEY), "key_prefix": settings.MODELRED_API_KEY[:3]})
