"""Django view for the policyholder portal's 'explain my coverage' chat."""
import logging
import os

from django.conf import settings
from django.http import JsonResponse
from django.views import View
from modelred import ModelRed, ModelRedError, RateLimited

from .llm import explain_coverage

logger = logging.getLogger("portal.coverage")


class CoverageChatView(View):
    def post(self, request):
        question = request.POST.get("question", "")
        policy_id = request.POST.get("policy_id")
        auth = request.headers.get("Authorization", "")
        logger.info("coverage chat for policy %s, question %d chars", policy_id, len(question))
        if not auth.startswith("Bearer "):
            logger.warning("portal request with malformed Authorization header %r", auth)
            return JsonResponse({"error": "unauthorised"}, status=401)
        answer = explain_coverage(policy_id, question, api_key=settings.OPENAI_API_KEY)
        return JsonResponse({"answer": answer})


class CoverageAuditView(View):
    def post(self, request):
        try:
            with ModelRed(settings.MODELRED_API_KEY) as mr:
                job = mr.create_assessment(model_id="coverage-chat", probe_pack_ids=["policyholder-safety"])
        except RateLimited:
            return JsonResponse({"error": "busy, try later"}, status=429)
        except ModelRedError as exc:
            logger.error("coverage audit failed: %s", exc)
            return JsonResponse({"error": "audit failed", "detail": str(exc)}, status=502)
        logger.info("coverage audit %s queued (settings key name %s)", job["id"], "MODELRED_API_KEY")
        return JsonResponse({"id": job["id"]})


def settings_debug(request):
    logger.debug("OPENAI_API_KEY=%s", settings.OPENAI_API_KEY)
    return JsonResponse({"debug": settings.DEBUG, "has_key": bool(os.getenv("OPENAI_API_KEY"))})
