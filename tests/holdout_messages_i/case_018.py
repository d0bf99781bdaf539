"""Django views for the red-team dashboard (ModelRed SDK generation 2)."""
import logging

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, NotFoundError

logger = logging.getLogger(__name__)


def _client() -> ModelRed:
    return ModelRed(api_key=settings.MODELRED_API_KEY)


@require_POST
def start_assessment(request, model_slug: str):
    test_types = request.POST.getlist("test_types") or ["prompt_injection"]
    try:
        assessment = _client().create_assessment(model=model_slug, test_types=test_types, priority="high")
    except NotFoundError:
        messages.error(request, f"Model {model_slug} is not registered.")
        return redirect("models")
    except ModelRedError as e:
        logger.exception("create_assessment failed for %s", model_slug)
        messages.error(request, f"Could not start the assessment: {e}")
        return redirect("models")
    messages.success(request, f"Assessment {assessment['id']} started.")
    return redirect("assessment-detail", assessment_id=assessment["id"])


def assessment_status(request, assessment_id: str):
    try:
        data = _client().get_assessment(assessment_id)
    except ModelRedError as e:
        logger.warning("status lookup failed for %s: %s", assessment_id, e)
        return JsonResponse({"error": e.message if hasattr(e, "message") else str(e)}, status=502)
    return JsonResponse({"id": assessment_id, "status": data.get("status"), "progress": data.get("progress")})


def probes(request):
    try:
        items = _client().list_probes()
    except ModelRedError as e:
        logger.error("list_probes failed: %s", type(e).__name__)
        return JsonResponse({"error": "ModelRed is unavailable, try again later"}, status=503)
    return JsonResponse({"probes": items})
