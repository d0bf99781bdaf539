"""Django view: farmers ask the advisory bot; ModelRed scan status for admins."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST
from modelred import ModelRed, NotFound, RateLimited, APIError

log = logging.getLogger("advisory.views")


def _client():
    return ModelRed(settings.MODELRED_API_KEY, timeout=15.0)


@require_GET
def scan_status(request, assessment_id):
    if not request.user.is_staff:
        return JsonResponse({"error": "forbidden"}, status=403)
    try:
        with _client() as mr:
            a = mr.get_assessment(assessment_id)
    except NotFound:
        return JsonResponse({"error": f"assessment {assessment_id} not found"}, status=404)
    except RateLimited as e:
        return JsonResponse({"error": "rate limited", "retry_after": e.retry_after}, status=429)
    except APIError as e:
        log.error("ModelRed get_assessment %s failed: %r", assessment_id, e)
        return JsonResponse({"error": str(e)}, status=502)
    return JsonResponse({"id": a["id"], "status": a["status"], "score": a.get("score")})


@require_POST
def cancel(request, assessment_id):
    try:
        with _client() as mr:
            mr.cancel_assessment(assessment_id)
    except APIError as e:
        return JsonResponse({"error": "cancel failed", "kind": type(e).__name__}, status=502)
    return JsonResponse({"cancelled": assessment_id})


def settings_health(request):
    key = getattr(settings, "MODELRED_API_KEY", "")
    owm = getattr(settings, "OPENWEATHER_API_KEY", "")
    log.info("settings health: modelred=%s openweather=%s", bool(key), bool(owm))
    if key and not key.startswith("mr_"):
        log.warning("MODELRED_API_KEY setting looks wrong: %s", key)
    return JsonResponse({"modelred": bool(key), "openweather": bool(owm)})
