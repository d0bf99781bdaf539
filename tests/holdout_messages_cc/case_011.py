"""Django views for the essay-feedback plugin (ModelRed generation 3, async)."""
import logging

from asgiref.sync import sync_to_async
from django.conf import settings
from django.http import JsonResponse
from modelred import AsyncModelRed, Forbidden, ModelRedError, NotAllowedForApiKey, ValidationFailed

logger = logging.getLogger("essayfeedback")


@sync_to_async
def _course_model(course_id: int) -> str:
    from .models import Course
    return Course.objects.get(pk=course_id).audit_model_id


async def start_audit(request, course_id: int):
    model_id = await _course_model(course_id)
    async with AsyncModelRed(settings.MODELRED_API_KEY, timeout=15.0) as mr:
        try:
            res = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=settings.AUDIT_PACKS)
        except ValidationFailed as exc:
            return JsonResponse({"error": str(exc)}, status=400)
        except (Forbidden, NotAllowedForApiKey) as exc:
            logger.warning("audit not allowed for course %s: %r", course_id, exc)
            return JsonResponse({"error": "Audits are not enabled for this course."}, status=403)
        except ModelRedError as exc:
            return JsonResponse({"error": f"Audit failed: {exc}"}, status=502)
    return JsonResponse({"assessment": res["id"], "model": model_id})


async def audit_status(request, assessment_id: str):
    async with AsyncModelRed(settings.MODELRED_API_KEY) as mr:
        try:
            res = await mr.get_assessment(assessment_id)
        except ModelRedError as exc:
            logger.error("status lookup failed", exc_info=exc)
            return JsonResponse({"error": type(exc).__name__}, status=502)
    return JsonResponse({"status": res.get("status"), "score": res.get("score")})


def settings_check(request):
    key = settings.MODELRED_API_KEY
    logger.info("MODELRED_API_KEY setting present: %s", key is not None)
    if not key.startswith("mr_"):
        logger.error("MODELRED_API_KEY setting is malformed: %s", key)
    return JsonResponse({"ok": key.startswith("mr_")})
