"""Django REST views for sample intake; the intake-triage assistant is scanned with ModelRed (gen 1)."""
import asyncio
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import *  # noqa: F403

logger = logging.getLogger("intake.views")

MODELRED_KEY_SETTING = "MODELRED_API_KEY"


def _mr_key() -> str:
    return getattr(settings, MODELRED_KEY_SETTING)


async def _scan(model_id: str) -> dict:
    async with ModelRed(api_key=_mr_key()) as client:  # noqa: F405
        return await client.run_assessment(model_id=model_id, test_suites=["basic_security"])


@require_POST
def scan_triage_model(request):
    model_id = request.POST.get("model_id", "intake-triage")
    logger.info("scan requested by %s for %s using setting %s", request.user, model_id, MODELRED_KEY_SETTING)
    try:
        result = asyncio.run(_scan(model_id))
    except AuthenticationError:  # noqa: F405
        logger.error("ModelRed key from settings rejected: %s", _mr_key())
        return JsonResponse({"ok": False, "error": "scanner misconfigured"}, status=500)
    except ModelRedError as exc:  # noqa: F405
        return JsonResponse({"ok": False, "error": str(exc)}, status=502)
    return JsonResponse({"ok": True, "assessment": result.get("assessment_id")})


@require_POST
def register_lims_webhook(request):
    secret = request.POST.get("webhook_secret", "")
    url = request.POST.get("url", "")
    if len(secret) < 16:
        logger.warning("webhook secret for %s too short: %s", url, secret)
        return JsonResponse({"ok": False, "error": "secret must be at least 16 characters"}, status=400)
    logger.info("webhook %s registered (secret sha256 %s)", url, __import__("hashlib").sha256(secret.encode()).hexdigest()[:8])
    return JsonResponse({"ok": True})


def model_status(request, model_id: str):
    try:
        info = asyncio.run(_get_model(model_id))
    except ModelRedError as exc:  # noqa: F405
        logger.warning("get_model %s: %s", model_id, type(exc).__name__)
        return JsonResponse({"ok": False, "status": getattr(exc, "status_code", None)}, status=502)
    return JsonResponse({"ok": True, "model": info})


async def _get_model(model_id: str) -> dict:
    async with ModelRed() as client:  # noqa: F405
        return await client.get_model(model_id)
