"""Django views for the red-team dashboard (ModelRed 0.1.3x)."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRedClient, ModelRedError, NotFoundError

logger = logging.getLogger(__name__)


def _client():
    return ModelRedClient(api_key=settings.MODELRED_API_KEY)


def assessment_detail(request, assessment_id):
    try:
        data = _client().get_assessment(assessment_id)
    except NotFoundError as e:
        return JsonResponse({"error": "Assessment lookup failed: %s" % e}, status=404)
    except ModelRedError as e:
        logger.error("get_assessment(%s) failed: %s", assessment_id, e)
        return JsonResponse({"error": "temporarily unavailable"}, status=502)
    return JsonResponse({"id": data["id"], "status": data["status"]})


@require_POST
def start_assessment(request):
    model = request.POST.get("model", "")
    test_types = request.POST.getlist("test_types")
    try:
        created = _client().create_assessment(model=model, test_types=test_types, priority="normal")
    except ModelRedError as e:
        logger.warning("create_assessment for %s failed: %r", model, e)
        message = f"Could not start the assessment: {e}"
        return JsonResponse({"error": message}, status=400)
    return JsonResponse({"id": created["id"]}, status=201)


def probes(request):
    try:
        items = _client().list_probes()
    except ModelRedError as e:
        return JsonResponse({"error": type(e).__name__, "code": getattr(e, "status_code", None)}, status=502)
    logger.debug("settings key configured: %s", bool(settings.MODELRED_API_KEY))
    return JsonResponse({"probes": items})


def debug_settings(request):
    logger.info("ModelRed key in settings: %s", settings.MODELRED_API_KEY)
    return JsonResponse({"ok": True})
