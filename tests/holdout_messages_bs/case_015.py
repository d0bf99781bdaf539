"""Django view: dubbing project status page that can trigger a ModelRed scan (generation 1)."""
import asyncio
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, QuotaExceededError, ModelNotFoundError

logger = logging.getLogger("dubbing.views")


async def _run(model_id, suites):
    async with ModelRed(api_key=settings.MODELRED_API_KEY) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, priority="normal")


@require_POST
def trigger_scan(request, project_id):
    model_id = request.POST.get("model_id", "")
    suites = request.POST.getlist("suite") or ["basic_security"]
    logger.info("project %s scan %s suites %s", project_id, model_id, suites)
    try:
        job = asyncio.run(_run(model_id, suites))
    except QuotaExceededError as e:
        logger.warning("quota exceeded: %s", e)
        return JsonResponse({"error": "quota exceeded"}, status=402)
    except ModelNotFoundError as e:
        return JsonResponse({"error": str(e)}, status=404)
    except ModelRedError as e:
        return JsonResponse({"error": "scan failed", "kind": type(e).__name__}, status=502)
    return JsonResponse({"assessment": job.get("assessment_id")})


def provider_status(request):
    data = {
        "elevenlabs": bool(settings.ELEVENLABS_API_KEY),
        "deepl": bool(settings.DEEPL_AUTH_KEY),
        "modelred_key_tail": settings.MODELRED_API_KEY[-4:],
        "max_tokens": settings.DUB_MAX_TOKENS,
    }
    logger.debug("provider status %s", data)
    return JsonResponse(data)


def debug_settings(request):
    if not settings.DEBUG:
        return JsonResponse({}, status=404)
    logger.debug("DEEPL_AUTH_KEY=%s", settings.DEEPL_AUTH_KEY)
    return JsonResponse({"debug": True})
