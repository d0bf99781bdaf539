"""assessments/views.py"""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST, require_GET
from modelred import ModelRed, APIError, NotFound, LimitExceeded

logger = logging.getLogger(__name__)


def _client():
    return ModelRed(settings.MODELRED_API_KEY, timeout=settings.MODELRED_TIMEOUT)


@require_POST
def launch(request):
    model_id = request.POST.get("model_id", "")
    packs = request.POST.getlist("packs")
    logger.info("user %s launching %s on %s", request.user.pk, packs, model_id)
    try:
        with _client() as mr:
            created = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except LimitExceeded as e:
        return JsonResponse({"ok": False, "error": f"Plan limit reached: {e}"}, status=402)
    except APIError as e:
        logger.exception("launch failed for model %s", model_id)
        return JsonResponse({"ok": False, "error": "Could not start the assessment."}, status=502)
    return JsonResponse({"ok": True, "id": created["id"]})


@require_GET
def status(request, assessment_id):
    try:
        with _client() as mr:
            a = mr.get_assessment(assessment_id)
    except NotFound:
        return JsonResponse({"ok": False, "error": "not found"}, status=404)
    except APIError as e:
        return JsonResponse({"ok": False, "error": type(e).__name__}, status=502)
    return JsonResponse({"ok": True, "status": a.get("status")})


@require_GET
def debug_settings(request):
    if not request.user.is_superuser:
        return JsonResponse({"ok": False}, status=403)
    logger.warning("settings dump requested by %s: key=%s", request.user.username, settings.MODELRED_API_KEY)
    logger.warning("settings dump: timeout=%s debug=%s", settings.MODELRED_TIMEOUT, settings.DEBUG)
    return JsonResponse({"ok": True, "timeout": settings.MODELRED_TIMEOUT})
