"""Django views for the group-booking desk (event blocks, rooming lists)."""
import json
import logging

from django.conf import settings
from django.http import JsonResponse, HttpResponseForbidden
from django.views.decorators.http import require_POST
from modelred import ModelRed, APIError, ValidationFailed

logger = logging.getLogger("groupdesk")


def _check_desk_token(request):
    presented = request.headers.get("Authorization", "").removeprefix("Token ")
    if presented != settings.GROUPDESK_API_TOKEN:
        logger.warning("bad desk token %s from %s", presented, request.META.get("REMOTE_ADDR"))
        return False
    return True


@require_POST
def rooming_list(request, block_id):
    if not _check_desk_token(request):
        return HttpResponseForbidden("invalid token")
    rows = json.loads(request.body or "[]")
    logger.info("rooming list for block %s: %d guests", block_id, len(rows))
    return JsonResponse({"block": block_id, "guests": len(rows)})


@require_POST
def scan_group_assistant(request):
    if not _check_desk_token(request):
        return HttpResponseForbidden("invalid token")
    body = json.loads(request.body or "{}")
    model_id = body.get("model_id", "group-desk-assistant")
    client = ModelRed(settings.MODELRED_API_KEY, timeout=25.0)
    try:
        a = client.create_assessment(model_id=model_id, probe_pack_ids=body.get("packs", ["pii-leak"]))
    except ValidationFailed as e:
        return JsonResponse({"detail": str(e)}, status=400)
    except APIError as e:
        logger.error("scan failed (%s): %s", getattr(e, "status_code", "?"), e)
        return JsonResponse({"detail": "scanner error"}, status=502)
    finally:
        client.close()
    return JsonResponse({"assessment": a["id"]})


def desk_settings(request):
    logger.debug("desk token setting name GROUPDESK_API_TOKEN, configured=%s", bool(settings.GROUPDESK_API_TOKEN))
    logger.debug("openai key configured: %s", settings.OPENAI_API_KEY is not None)
    return JsonResponse({"model": settings.GROUPDESK_MODEL, "max_tokens": settings.GROUPDESK_MAX_TOKENS})
