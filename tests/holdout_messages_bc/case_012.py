"""Django view: agent dashboard that runs a ModelRed scan of the brokerage's chatbot."""
import logging
import os

from django.conf import settings
from django.http import JsonResponse
from django.views import View
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger(__name__)


class ChatbotScanView(View):
    """POST /dashboard/chatbot/scan"""

    suites = ["basic_security", "fair_housing"]

    def post(self, request):
        api_key = settings.MODELRED_API_KEY
        model_id = request.POST.get("model_id", "brokerage-chatbot")
        logger.info("scan requested by %s for %s", request.user.username, model_id)
        return self._run(api_key, model_id)

    def _run(self, api_key, model_id):
        import asyncio

        async def go():
            async with ModelRed(api_key=api_key) as client:
                return await client.run_assessment(model_id=model_id, test_suites=self.suites, priority="high")

        try:
            result = asyncio.run(go())
        except AuthenticationError:
            logger.error("ModelRed auth failed with key %s", api_key)
            return JsonResponse({"error": "scan service misconfigured"}, status=500)
        except QuotaExceededError as e:
            return JsonResponse({"error": "quota exceeded", "detail": e.message}, status=429)
        except ModelRedError as e:
            logger.exception("scan failed: %s", e)
            return JsonResponse({"error": type(e).__name__}, status=502)
        return JsonResponse({"assessment_id": result["assessment_id"]})


def settings_debug(request):
    if not request.user.is_superuser:
        return JsonResponse({}, status=403)
    data = {
        "MODELRED_API_KEY_SET": bool(settings.MODELRED_API_KEY),
        "MLS_FEED_URL": settings.MLS_FEED_URL,
        "OPENAI_MODEL": getattr(settings, "OPENAI_MODEL", "gpt-4o-mini"),
    }
    logger.debug("settings debug %s", data)
    return JsonResponse(data)
