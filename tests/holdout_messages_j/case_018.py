"""Django views over the generation 3 ModelRed client."""
import logging

from django.conf import settings
from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from modelred import APIError, ModelRed, NotFound, RateLimited

logger = logging.getLogger("redteam.views")


def _client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY, timeout=15.0)


def assessment_detail(request, assessment_id: str):
    with _client() as client:
        try:
            data = client.get_assessment(assessment_id)
        except NotFound:
            return JsonResponse({"error": "no such assessment"}, status=404)
        except RateLimited as e:
            return JsonResponse({"error": "slow down", "retry_after": getattr(e, "retry_after", None)}, status=429)
        except APIError as e:
            logger.error("get_assessment(%s) failed: %s", assessment_id, e)
            return JsonResponse({"error": f"upstream error: {e}"}, status=502)
    return JsonResponse({"id": data["id"], "status": data["status"]})


@require_POST
def cancel(request, assessment_id: str):
    with _client() as client:
        try:
            client.cancel_assessment(assessment_id)
        except APIError as e:
            messages.error(request, "Could not cancel: %s" % e)
            return redirect("assessment-list")
    messages.success(request, f"Assessment {assessment_id} cancelled")
    return redirect("assessment-list")


def key_status(request):
    configured = bool(getattr(settings, "MODELRED_API_KEY", ""))
    logger.info("key status requested by %s (configured=%s)", request.user, configured)
    return JsonResponse({"configured": configured, "env_var": "MODELRED_API_KEY"})
