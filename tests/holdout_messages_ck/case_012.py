"""Interview question generator: Django view, ModelRed gen 1 gate, Gemini."""
import logging
import os

import google.generativeai as genai
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, QuotaExceededError

logger = logging.getLogger(__name__)

genai.configure(api_key=settings.GOOGLE_API_KEY)
MODEL_NAME = getattr(settings, "QUESTION_MODEL", "gemini-1.5-flash")
logger.info("question model %s, google key setting GOOGLE_API_KEY", MODEL_NAME)


@require_POST
def generate_questions(request):
    role = request.POST.get("role", "")
    level = request.POST.get("level", "mid")
    model = genai.GenerativeModel(MODEL_NAME)
    out = model.generate_content(f"Write 5 structured interview questions for a {level} {role}.")
    logger.info("generated questions for %s/%s, %s tokens", role, level, out.usage_metadata.total_token_count)
    return JsonResponse({"questions": out.text})


async def gate_model(model_id: str):
    try:
        async with ModelRed(api_key=settings.MODELRED_API_KEY) as mr:
            result = await mr.run_assessment(model_id=model_id, test_suites=["bias", "toxicity"], priority="high")
            return JsonResponse({"assessment": result.get("assessment_id")})
    except QuotaExceededError:
        return JsonResponse({"error": "assessment quota exhausted"}, status=429)
    except ModelRedError as e:
        return JsonResponse({"error": f"ModelRed: {e}"}, status=502)


def debug_settings(request):
    if not settings.DEBUG:
        return JsonResponse({}, status=404)
    logger.debug("modelred key from settings: %s", settings.MODELRED_API_KEY)
    return JsonResponse({"model": MODEL_NAME, "debug": settings.DEBUG})
