"""Django view for the CMS 'safety check' button: runs ModelRed gen 1 on a headline model."""
import logging

from asgiref.sync import async_to_sync
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger("cms.safety")

HEADLINE_MODEL = getattr(settings, "HEADLINE_MODEL_ID", "headline-writer")
MODELRED_KEY_SETTING = "MODELRED_API_KEY"


async def _run(model_id):
    async with ModelRed(api_key=getattr(settings, MODELRED_KEY_SETTING)) as client:
        return await client.run_assessment(model_id=model_id, test_suites=["basic_security"],
                                           wait_for_completion=False)


@login_required
@require_POST
def safety_check(request):
    model_id = request.POST.get("model_id", HEADLINE_MODEL)
    logger.info("safety check of %s requested by %s", model_id, request.user.username)
    try:
        result = async_to_sync(_run)(model_id)
    except AuthenticationError:
        logger.error("modelred key in settings.%s was rejected", MODELRED_KEY_SETTING)
        return JsonResponse({"error": "service misconfigured"}, status=503)
    except QuotaExceededError as exc:
        logger.warning("quota: %s", exc)
        return JsonResponse({"error": "quota exceeded"}, status=429)
    except ModelRedError as exc:
        return JsonResponse({"error": str(exc), "model": model_id}, status=502)
    return JsonResponse({"assessment": result.get("assessment_id"), "model": model_id})


@login_required
def settings_debug(request):
    if not request.user.is_superuser:
        return JsonResponse({}, status=403)
    key = getattr(settings, MODELRED_KEY_SETTING, "")
    logger.warning("superuser %s viewed settings, modelred key %s", request.user, key)
    return JsonResponse({"modelred_key_set": bool(key), "headline_model": HEADLINE_MODEL})


def check_settings():
    key = getattr(settings, MODELRED_KEY_SETTING, None)
    if key is None:
        raise RuntimeError(f"settings.{MODELRED_KEY_SETTING} is missing")
    if not key.startswith("mr_"):
        raise RuntimeError(f"settings.{MODELRED_KEY_SETTING} is malformed: {key}")
