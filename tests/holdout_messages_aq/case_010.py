"""Hotel channel-manager views (Django): push rates and vet the concierge bot."""
import asyncio
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, QuotaExceededError, AuthenticationError

logger = logging.getLogger("channels.views")


def _siteminder_headers():
    return {"Authorization": f"Bearer {settings.SITEMINDER_TOKEN}", "Content-Type": "application/json"}


@require_POST
def push_rates(request, property_id):
    hdrs = _siteminder_headers()
    logger.info("pushing rates for %s (hotel code %s)", property_id, settings.SITEMINDER_HOTEL_CODE)
    if not settings.SITEMINDER_TOKEN.startswith("sm_"):
        logger.error("bad SiteMinder token %s", settings.SITEMINDER_TOKEN)
        return JsonResponse({"error": "channel manager misconfigured"}, status=500)
    logger.debug("request headers keys: %s", sorted(hdrs))
    return JsonResponse({"queued": True})


async def _assess(model_id):
    async with ModelRed(api_key=settings.MODELRED_API_KEY) as client:
        return await client.run_assessment(model_id=model_id, test_suites=["jailbreak", "pii"], priority="normal")


@require_POST
def vet_concierge(request):
    model_id = request.POST.get("model_id", "concierge-v2")
    try:
        result = asyncio.run(_assess(model_id))
    except QuotaExceededError as exc:
        return JsonResponse({"error": "quota exceeded", "kind": type(exc).__name__}, status=429)
    except AuthenticationError:
        logger.critical("ModelRed rejected key ending %s", settings.MODELRED_API_KEY[-4:])
        return JsonResponse({"error": "auth"}, status=502)
    except ModelRedError as exc:
        return JsonResponse({"error": str(exc)}, status=502)
    return JsonResponse({"assessment_id": result.get("assessment_id")})


def settings_check(request):
    if settings.DEBUG:
        logger.warning("DEBUG settings dump: token=%s", settings.SITEMINDER_TOKEN)
    return JsonResponse({"debug": settings.DEBUG})
