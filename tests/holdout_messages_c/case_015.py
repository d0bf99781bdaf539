"""Django views for the red-team dashboard (SDK 0.1.3x)."""
import logging

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRedClient, ModelRedError, NotFoundError, ValidationError

logger = logging.getLogger(__name__)


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=settings.MODELRED_API_KEY)


@require_POST
def start_assessment(request, model_slug):
    tests = request.POST.getlist("test_types") or ["prompt_injection"]
    try:
        assessment = _client().create_assessment(model=model_slug, test_types=tests, priority="normal")
    except NotFoundError:
        return JsonResponse({"error": "model not found"}, status=404)
    except ValidationError as err:
        return HttpResponseBadRequest(str(err))
    except ModelRedError as exc:
        logger.exception("assessment for %s failed", model_slug)
        return JsonResponse({"error": str(exc)}, status=502)
    return JsonResponse({"id": assessment["id"]}, status=201)


def assessment_status(request, assessment_id):
    try:
        data = _client().get_assessment(assessment_id)
    except ModelRedError as exc:
        logger.warning("status lookup failed for %s: %s", assessment_id, exc)
        return JsonResponse({"error": "lookup failed"}, status=502)
    return JsonResponse({"status": data.get("status")})
