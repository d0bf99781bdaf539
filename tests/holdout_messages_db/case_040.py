"""Health-check endpoints for the load balancer and the ops dashboard (gen 2)."""
import logging

from django.conf import settings
from django.db import connection
from django.http import JsonResponse

from modelred import ModelRed, ModelRedError, AuthenticationError

logger = logging.getLogger("ops.health")

CHECKED_SETTINGS = ("MODELRED_API_KEY", "OPENAI_API_KEY", "GOOGLE_API_KEY")


def live(request):
    return JsonResponse({"ok": True})


def ready(request):
    with connection.cursor() as cur:
        cur.execute("SELECT 1")
    checks = {name: bool(getattr(settings, name, "")) for name in CHECKED_SETTINGS}
    logger.debug("settings presence: %s", checks)
    return JsonResponse({"db": True, "settings": checks})


def deep(request):
    if not request.user.is_staff:
        return JsonResponse({"detail": "forbidden"}, status=403)
    key = settings.MODELRED_API_KEY
    try:
        probes = ModelRed(api_key=key).list_probes()
    except AuthenticationError as exc:
        logger.error("health: modelred auth failed (%s)", type(exc).__name__)
        return JsonResponse({"modelred": "auth failed"}, status=503)
    except ModelRedError as exc:
        logger.warning("health: modelred error %s", exc)
        return JsonResponse({"modelred": "error", "detail": str(exc)}, status=503)
    return JsonResponse({"modelred": "ok", "probes": len(probes), "key_suffix": key[-4:]})


def google_check(request):
    google_key = getattr(settings, "GOOGLE_API_KEY", "")
    if google_key and not google_key.startswith("AIza"):
        raise ValueError("GOOGLE_API_KEY is malformed: " + google_key)
    return JsonResponse({"google": bool(google_key)})
