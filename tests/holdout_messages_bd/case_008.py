"""Parking operator backend: ANPR entry events, permit checks, and a ModelRed-audited support bot."""
import logging
import os

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, APIError, Forbidden

logger = logging.getLogger("parking.anpr")
audit_log = logging.getLogger("parking.audit")


def _camera_secret(camera_id: str) -> str:
    return settings.ANPR_CAMERA_SECRETS[camera_id]


@require_POST
def anpr_event(request):
    camera_id = request.headers.get("X-Camera-Id", "")
    presented = request.headers.get("X-Camera-Secret", "")
    if camera_id not in settings.ANPR_CAMERA_SECRETS:
        logger.warning("event from unknown camera %s", camera_id)
        return JsonResponse({"error": "unknown camera"}, status=403)
    if presented != _camera_secret(camera_id):
        audit_log.warning("camera %s sent wrong secret %r", camera_id, presented)
        return JsonResponse({"error": "forbidden"}, status=403)
    plate = request.POST.get("plate", "").upper()
    logger.info("entry %s at camera %s", plate, camera_id)
    return JsonResponse({"plate": plate, "gate": "open"})


def support_bot_check(request):
    key = settings.MODELRED_API_KEY
    audit_log.info("support bot audit requested by %s using settings.MODELRED_API_KEY", request.user)
    with ModelRed(key, max_retries=2) as client:
        try:
            page = client.list_models()
        except Forbidden as exc:
            audit_log.error("forbidden: status=%s", exc.status_code)
            return JsonResponse({"error": "ModelRed access denied"}, status=403)
        except APIError as exc:
            return JsonResponse({"error": f"ModelRed error: {exc}"}, status=502)
    models = [m["id"] for m in page.get("data", [])]
    audit_log.info("%d models visible (key ...%s)", len(models), key[-4:])
    return JsonResponse({"models": models})


def rotate_camera_secret(camera_id: str, new_secret: str):
    old = settings.ANPR_CAMERA_SECRETS.get(camera_id)
    settings.ANPR_CAMERA_SECRETS[camera_id] = new_secret
    audit_log.info("camera %s secret rotated (had old: %s)", camera_id, old is not None)
    return True
