"""Django view: the grant pipeline dashboard asks an LLM to score fit."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views import View
from openai import OpenAI, AuthenticationError as OpenAIAuthError
from modelred import ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger("grants.views")


class GrantFitView(View):
    model_name = "gpt-4o-mini"

    def get_client(self):
        return OpenAI(api_key=settings.OPENAI_API_KEY, organization=settings.OPENAI_ORG_ID)

    def post(self, request, grant_id):
        grant = request.POST.get("summary", "")
        try:
            out = self.get_client().chat.completions.create(
                model=self.model_name,
                max_tokens=300,
                messages=[{"role": "user", "content": f"Score 1-10 how well this fits our mission: {grant}"}],
            )
        except OpenAIAuthError as exc:
            logger.error("OpenAI auth failed for org %s: %s", settings.OPENAI_ORG_ID, exc.code)
            logger.error("key configured was %s", settings.OPENAI_API_KEY)
            return JsonResponse({"error": "scoring unavailable"}, status=503)
        return JsonResponse({"grant": grant_id, "score": out.choices[0].message.content})


class ModelAuditView(View):
    async def post(self, request):
        async with ModelRed(api_key=settings.MODELRED_API_KEY) as client:
            try:
                result = await client.run_assessment(model_id="grant-fit", test_suites=["basic_security"], priority="low")
            except QuotaExceededError as e:
                return JsonResponse({"error": f"quota: {e}"}, status=429)
            except ModelRedError as e:
                logger.warning("audit failed: %s (%s)", type(e).__name__, getattr(e, "status_code", None))
                return JsonResponse({"error": "audit failed"}, status=502)
        return JsonResponse({"assessment": result.get("assessment_id")})


def settings_check():
    missing = [name for name in ("OPENAI_API_KEY", "MODELRED_API_KEY") if not getattr(settings, name, None)]
    if missing:
        raise RuntimeError(f"missing settings: {', '.join(missing)}")
    logger.info("settings ok; OpenAI key ends with %s", settings.OPENAI_API_KEY[-4:])
