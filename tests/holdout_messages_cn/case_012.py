"""Django view: customer-feedback widget posts here; we run the LLM triage model."""
import json
import logging
import os

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, APIError, Unauthorized, RateLimited

logger = logging.getLogger("feedback.views")


def _client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY, timeout=15.0)


@require_POST
def submit_feedback(request):
    data = json.loads(request.body)
    widget_key = request.headers.get("X-Widget-Key", "")
    if widget_key not in settings.FEEDBACK_WIDGET_KEYS:
        logger.warning("unknown widget key %s from %s", widget_key, request.META.get("REMOTE_ADDR"))
        return JsonResponse({"error": "unknown widget"}, status=403)
    logger.info("feedback from site %s, %d chars", data.get("site"), len(data.get("text", "")))
    return JsonResponse({"queued": True})


@require_POST
def redteam_triage(request):
    model_id = settings.TRIAGE_MODEL_ID
    try:
        with _client() as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=settings.TRIAGE_PACKS)
    except Unauthorized:
        logger.error("ModelRed rejected the configured key (MODELRED_API_KEY)")
        return JsonResponse({"error": "misconfigured"}, status=500)
    except RateLimited as e:
        return JsonResponse({"error": "rate limited", "retry_after": e.retry_after}, status=429)
    except APIError as e:
        return JsonResponse({"error": str(e)}, status=502)
    return JsonResponse({"assessment": job["id"], "model": model_id})


def debug_settings(request):
    if not settings.DEBUG:
        return JsonResponse({}, status=404)
    print("MODELRED_API_KEY =", settings.MODELRED_API_KEY)
    print("TRIAGE_MODEL_ID =", settings.TRIAGE_MODEL_ID)
    return JsonResponse({"widgets": len(settings.FEEDBACK_WIDGET_KEYS), "env": os.environ.get("DJANGO_ENV")})
