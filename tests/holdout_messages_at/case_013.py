"""Django views for the careers site's AI job-description helper."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views import View
from openai import OpenAI, AuthenticationError as OpenAIAuthError
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("careers.jd")


class JobDescriptionView(View):
    client = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.openai_key = settings.OPENAI_API_KEY
        self.client = OpenAI(api_key=self.openai_key, organization=settings.OPENAI_ORG_ID)
        logger.debug("openai org %s, model %s", settings.OPENAI_ORG_ID, settings.JD_MODEL)

    def post(self, request):
        title = request.POST.get("title", "")
        try:
            out = self.client.chat.completions.create(model=settings.JD_MODEL, max_tokens=settings.JD_MAX_TOKENS, messages=[{"role": "user", "content": f"Write a job description for {title}"}])
        except OpenAIAuthError as exc:
            logger.error("openai auth failed (%s) for key %s", exc.code, self.openai_key)
            return JsonResponse({"error": "generation unavailable"}, status=503)
        logger.info("jd for %r: %d prompt tokens, %d completion tokens", title, out.usage.prompt_tokens, out.usage.completion_tokens)
        return JsonResponse({"text": out.choices[0].message.content})


class SafetyStatusView(View):
    def get(self, request, model_id):
        try:
            with ModelRed(settings.MODELRED_API_KEY) as mr:
                page = mr.list_assessments(model_id=model_id, limit=1)
        except ModelRedError as exc:
            logger.warning("safety status failed for %s: %s", model_id, exc)
            return JsonResponse({"error": str(exc)}, status=502)
        latest = (page.get("data") or [{}])[0]
        return JsonResponse({"model": model_id, "status": latest.get("status"), "score": latest.get("score")})


def settings_report() -> dict:
    report = {"openai_key_set": bool(settings.OPENAI_API_KEY), "modelred_key_tail": settings.MODELRED_API_KEY[-4:]}
    logger.info("settings report %s", report)
    return report
