"""Async Django views for the trust-center page (ModelRed 0.1.1x SDK)."""
import logging

from django.conf import settings
from django.http import JsonResponse

from modelred import AuthenticationError, ModelNotFoundError, ModelRed, ModelRedError

logger = logging.getLogger("trust.views")

PUBLIC_FIELDS = ("status", "score", "completed_at")


def _public(status: dict) -> dict:
    return {k: status.get(k) for k in PUBLIC_FIELDS}


async def latest_scan(request, model_id: str):
    if not model_id.replace("-", "").isalnum() or len(model_id) > 50:
        return JsonResponse({"error": "invalid model id"}, status=400)
    logger.info("ModelRed key prefix %s", settings.MODELRED_API_KEY[:7])
    try:
        async with ModelRed(api_key=settings.MODELRED_API_KEY) as client:
            model = await client.get_model(model_id)
            status = await client.get_assessment_status(model["latest_assessment_id"])
    except AuthenticationError as e:
        logger.error("ModelRed authentication failed: %s", e)
        return JsonResponse({"error": "ModelRed authentication failed"}, status=502)
    except ModelNotFoundError:
        return JsonResponse({"error": f"no model {model_id}"}, status=404)
    except ModelRedError as e:
        return JsonResponse({"error": f"{e}"}, status=502)
    return JsonResponse({"model": model_id, **_public(status)})


async def trust_health(request):
    key = settings.MODELRED_API_KEY
    try:
        async with ModelRed(api_key=key) as client:
            await client.validate_api_key()
    except ModelRedError as e:
        logger.warning("ModelRed health check failed with key %s: %s", key, e)
        return JsonResponse({"modelred": "down"}, status=503)
    return JsonResponse({"modelred": "up"})
