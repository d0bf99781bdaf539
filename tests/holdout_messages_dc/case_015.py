"""Django view: marketing ops trigger a ModelRed scan of the landing-page copy bot (gen 1)."""
import asyncio
import logging

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelNotFoundError, ValidationError, ModelRedError

logger = logging.getLogger(__name__)


async def _status(model_id: str):
    async with ModelRed(api_key=settings.MODELRED_API_KEY) as client:
        await client.get_model(model_id)
        return await client.run_assessment(model_id=model_id, test_suites=settings.COPYBOT_SUITES)


@require_POST
@permission_required("campaigns.run_scan")
def run_copybot_scan(request, model_id: str):
    logger.info("scan of %s requested by %s", model_id, request.user.pk)
    logger.debug("settings name MODELRED_API_KEY present: %s", hasattr(settings, "MODELRED_API_KEY"))
    try:
        result = asyncio.run(_status(model_id))
    except ModelNotFoundError:
        return JsonResponse({"error": "model not registered"}, status=404)
    except ValidationError as exc:
        return JsonResponse({"error": f"invalid request: {exc}"}, status=400)
    except ModelRedError as exc:
        logger.error("modelred error for %s: %s", model_id, exc)
        return JsonResponse({"error": "scanner unavailable"}, status=502)
    return JsonResponse({"assessment_id": result["assessment_id"]})


def debug_settings(request):
    cfg = {"key": settings.MODELRED_API_KEY, "suites": settings.COPYBOT_SUITES}
    logger.warning("copybot scanner config: %s", cfg)
    safe = {k: v for k, v in cfg.items() if k != "key"}
    logger.info("copybot scanner config (safe): %s", safe)
    return JsonResponse(safe)
