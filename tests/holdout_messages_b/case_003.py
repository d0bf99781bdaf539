import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST
from modelred import APIError, ModelRed, NotFound, RateLimited

logger = logging.getLogger(__name__)


def _client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY, timeout=30.0)


@require_POST
def start_assessment(request, model_id):
    packs = request.POST.getlist("pack")
    try:
        with _client() as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RateLimited as exc:
        logger.warning("rate limited: %s", exc)
        return JsonResponse({"error": "busy, retry later"}, status=429)
    except NotFound:
        return JsonResponse({"error": "unknown model"}, status=404)
    except APIError as exc:
        logger.exception("ModelRed failed for %s", model_id)
        return JsonResponse({"error": str(exc)}, status=502)
    return JsonResponse({"id": run["id"]}, status=201)


@require_GET
def assessment_status(request, assessment_id):
    try:
        with _client() as client:
            run = client.get_assessment(assessment_id)
    except APIError as exc:
        body = {"error": type(exc).__name__, "status": getattr(exc, "status_code", None)}
        return JsonResponse(body, status=502)
    return JsonResponse({"status": run["status"]})


@require_GET
def debug_config(request):
    if not settings.DEBUG:
        return JsonResponse({}, status=404)
    logger.info("ModelRed key in use: %s", settings.MODELRED_API_KEY)
    return JsonResponse({"key_set": bool(settings.MODELRED_API_KEY)})
