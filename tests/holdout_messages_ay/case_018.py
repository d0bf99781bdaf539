"""Supplier quality portal: 8D report assistant, Django view that calls ModelRed-vetted model."""
import json
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from modelred import AsyncModelRed, ModelRedError, RateLimitError, NotFoundError

logger = logging.getLogger("portal.eightd")


async def _model_status(model_identifier):
    client = AsyncModelRed(api_key=settings.MODELRED_API_KEY)
    return await client.get_model(model_identifier)


@require_POST
async def eight_d_check(request):
    payload = json.loads(request.body)
    model_identifier = payload.get("model", "eightd-assistant")
    supplier = request.user.supplier_code
    try:
        model = await _model_status(model_identifier)
    except RateLimitError as e:
        logger.info("rate limited for supplier %s", supplier)
        return JsonResponse({"ok": False, "error": "Too many requests"}, status=429)
    except NotFoundError as e:
        logger.warning("model %s not found: %s", model_identifier, e)
        return JsonResponse({"ok": False, "error": f"Model lookup failed: {e}"}, status=404)
    except ModelRedError as e:
        return JsonResponse({"ok": False, "error": "ModelRed error: " + str(e)}, status=502)
    logger.info("8D check by %s on model %s status %s", supplier, model_identifier, model.get("status"))
    return JsonResponse({"ok": True, "model": model_identifier, "status": model.get("status")})


def settings_summary():
    """Shown on the portal's /health page for the on-call engineer."""
    key = settings.MODELRED_API_KEY
    logger.debug("settings summary: key configured=%s, MODELRED_API_KEY setting name", bool(key))
    if settings.DEBUG:
        logger.debug("DEBUG settings: MODELRED_API_KEY=%s OPENAI_API_KEY=%s", key, settings.OPENAI_API_KEY)
    return {"modelred": bool(key), "openai": bool(settings.OPENAI_API_KEY)}
