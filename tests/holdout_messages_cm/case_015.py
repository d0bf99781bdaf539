"""Estimating assistant backend: Django view that asks Claude for unit costs."""
import json
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views import View
import anthropic
from modelred import ModelRed as MR, ModelRedError, QuotaExceededError

logger = logging.getLogger("estimating.views")


class UnitCostView(View):
    model = "claude-3-5-sonnet-latest"
    max_tokens = 700

    def client(self):
        return anthropic.Anthropic(api_key=settings.ANTHROPIC_API_KEY)

    def post(self, request):
        body = json.loads(request.body)
        item = body.get("item", "")
        region = body.get("region", "US-national")
        logger.info("unit cost for %r in %s (max_tokens=%d)", item, region, self.max_tokens)
        try:
            msg = self.client().messages.create(
                model=self.model, max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": f"RSMeans-style unit cost for {item} in {region}"}],
            )
        except anthropic.AuthenticationError:
            logger.critical("ANTHROPIC_API_KEY rejected: %s", settings.ANTHROPIC_API_KEY)
            return JsonResponse({"error": "pricing unavailable"}, status=503)
        logger.info("used %d input tokens", msg.usage.input_tokens)
        return JsonResponse({"text": msg.content[0].text})


class ScanView(View):
    async def post(self, request):
        try:
            async with MR(api_key=settings.MODELRED_API_KEY) as client:
                result = await client.run_assessment(
                    model_id="unit-cost-claude", test_suites=["basic_security"], wait_for_completion=False)
        except QuotaExceededError as e:
            logger.warning("quota: %s", e)
            return JsonResponse({"error": "ModelRed quota reached"}, status=429)
        except ModelRedError as e:
            return JsonResponse({"error": str(e)}, status=502)
        return JsonResponse({"assessment": result["assessment_id"]})


def settings_summary():
    names = [n for n in dir(settings) if n.endswith("_API_KEY")]
    logger.info("api key settings defined: %s", names)
    return names
