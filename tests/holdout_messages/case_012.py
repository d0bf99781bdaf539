"""Django views for the red-team dashboard."""
import json
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, QuotaExceededError, AuthenticationError

logger = logging.getLogger("dashboard.views")


@require_POST
async def run_scan(request):
    body = json.loads(request.body)
    model_id = body.get("model_id", "")
    if not model_id.isidentifier():
        return JsonResponse({"error": "bad model id"}, status=400)
    try:
        async with ModelRed(api_key=settings.MODELRED_API_KEY) as client:
            result = await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
    except QuotaExceededError as exc:
        return JsonResponse({"error": "quota exceeded", "detail": f"{exc}"}, status=429)
    except AuthenticationError:
        logger.error("ModelRed auth failed with key %s", settings.MODELRED_API_KEY)
        return JsonResponse({"error": "authentication failed"}, status=502)
    logger.info("scan %s started by %s", result.assessment_id, request.user.pk)
    return JsonResponse({"assessment_id": result.assessment_id}, status=201)


def settings_debug(request):
    logger.debug("MODELRED_BASE_URL=%s DEBUG=%s", settings.MODELRED_BASE_URL, settings.DEBUG)
    return JsonResponse({"base_url": settings.MODELRED_BASE_URL})
