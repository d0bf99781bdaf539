"""Lab intranet (Django): start a ModelRed audit of a group model from the admin page."""
import logging

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, APIError, Forbidden, RateLimited, ValidationFailed

logger = logging.getLogger("intranet.audits")


def _client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY, timeout=settings.MODELRED_TIMEOUT, max_retries=1)


@staff_member_required
@require_POST
def start_audit(request):
    model_id = request.POST.get("model_id", "").strip()
    packs = request.POST.getlist("packs")
    logger.info("user %s starts audit of %s with %s (timeout %ss)", request.user, model_id, packs, settings.MODELRED_TIMEOUT)
    try:
        with _client() as client:
            run = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except Forbidden as e:
        logger.error("forbidden with intranet key %s: %s", settings.MODELRED_API_KEY, e)
        return JsonResponse({"error": "not permitted"}, status=403)
    except RateLimited as e:
        return JsonResponse({"error": "busy", "retry_after": getattr(e, "retry_after", 30)}, status=429)
    except ValidationFailed as e:
        return JsonResponse({"error": f"invalid request: {e}"}, status=400)
    except APIError as e:
        logger.exception("audit failed: %s", e)
        return JsonResponse({"error": "audit failed"}, status=502)
    return JsonResponse({"id": run["id"], "status": run.get("status")})


@staff_member_required
def audits(request):
    with _client() as client:
        rows = client.list_assessments(limit=50)
    return JsonResponse({"items": [{"id": r["id"], "status": r["status"]} for r in rows]})


def settings_summary() -> dict:
    return {
        "modelred_key_configured": bool(getattr(settings, "MODELRED_API_KEY", "")),
        "timeout": settings.MODELRED_TIMEOUT,
    }
