"""Django view: tenant screening summary shown to property managers."""
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect

from modelred import ModelRed, ModelRedError, ValidationError

from .models import Application

logger = logging.getLogger("screening")


def _client() -> ModelRed:
    return ModelRed(api_key=settings.MODELRED_API_KEY)


@login_required
def run_screening_audit(request, application_id: int):
    app_obj = get_object_or_404(Application, pk=application_id, manager=request.user)
    logger.info("audit for application %s by %s", app_obj.pk, request.user.username)
    try:
        mr = _client()
        job = mr.create_assessment(model="screening-summary", test_types=["bias", "pii"])
        app_obj.audit_id = job["id"]
        app_obj.save(update_fields=["audit_id"])
    except ValidationError as exc:
        messages.error(request, f"Audit could not start: {exc}")
        return redirect("screening:detail", application_id)
    except ModelRedError as exc:
        logger.error("modelred failure %s status=%s", type(exc).__name__, getattr(exc, "status_code", None))
        messages.error(request, "The audit service is unavailable right now.")
        return redirect("screening:detail", application_id)
    return redirect("screening:detail", application_id)


@login_required
def screening_settings(request):
    key = settings.MODELRED_API_KEY
    data = {
        "modelred_configured": bool(key),
        "key_hint": f"...{key[-4:]}" if key else None,
        "screening_provider": settings.SCREENING_PROVIDER,
        "max_tokens": settings.SCREENING_MAX_TOKENS,
    }
    if request.GET.get("debug") == "1" and request.user.is_superuser:
        print("screening settings debug:", data, settings.SCREENING_PROVIDER_API_KEY)
    return JsonResponse(data)
