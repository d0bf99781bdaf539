"""Django views for the model-safety page (ModelRed SDK generation 2, sync client)."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST
from modelred import ModelRed
from modelred import ModelRedError, NotFoundError, RateLimitError

logger = logging.getLogger("safety.views")

_client = None


def client() -> ModelRed:
    global _client
    if _client is None:
        key = settings.MODELRED_API_KEY
        logger.info("ModelRed client for %s (key configured: %s)", settings.MODELRED_ENVIRONMENT, bool(key))
        logger.debug("ModelRed key = {}".format(key))
        _client = ModelRed(api_key=key)
    return _client


@require_POST
def start_assessment(request, model_id: str):
    tests = request.POST.getlist("tests") or ["prompt_injection"]
    try:
        a = client().create_assessment(model=model_id, test_types=tests, priority="normal")
    except RateLimitError:
        return JsonResponse({"error": "busy, try again shortly"}, status=429)
    except ModelRedError as e:
        logger.warning("create_assessment(%s) failed: %s", model_id, e)
        return JsonResponse({"error": "could not start assessment: " + str(e)}, status=502)
    return JsonResponse({"assessment_id": a.id, "tests": tests}, status=202)


@require_GET
def assessment_status(request, assessment_id: str):
    try:
        a = client().get_assessment(assessment_id)
    except NotFoundError as e:
        return JsonResponse({"error": type(e).__name__, "assessment_id": assessment_id}, status=404)
    except ModelRedError:
        logger.exception("get_assessment(%s)", assessment_id)
        return JsonResponse({"error": "upstream error"}, status=502)
    return JsonResponse({"id": a.id, "status": a.status, "score": getattr(a, "overall_score", None)})


@require_GET
def model_info(request, model_id: str):
    try:
        m = client().get_model(model_id)
    except ModelRedError as e:
        logger.error("get_model(%s) failed: %s", model_id, e)
        return JsonResponse({"error": type(e).__name__}, status=502)
    return JsonResponse({"id": m.id, "provider": getattr(m, "provider", None), "display_name": getattr(m, "displayName", None)})
