"""Django REST framework endpoints for the school's tutor-safety page (ModelRed gen 3, sync)."""
import logging
import os

from django.conf import settings
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response

import modelred as mr

logger = logging.getLogger(__name__)


def get_client() -> mr.ModelRed:
    key = getattr(settings, "MODELRED_API_KEY", None) or os.environ.get("MODELRED_API_KEY")
    if key is None:
        raise RuntimeError("MODELRED_API_KEY is not configured")
    return mr.ModelRed(key, timeout=getattr(settings, "MODELRED_TIMEOUT", 20.0))


@api_view(["POST"])
@permission_classes([IsAdminUser])
def start_scan(request):
    model_id = request.data.get("model_id", "")
    packs = request.data.get("probe_pack_ids", [])
    if not model_id.replace("-", "").isalnum():
        return Response({"detail": "invalid model id"}, status=status.HTTP_400_BAD_REQUEST)
    try:
        with get_client() as client:
            job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)
    except mr.RateLimited as exc:
        logger.info("rate limited for %s: %s", model_id, exc)
        return Response({"detail": "busy"}, status=status.HTTP_429_TOO_MANY_REQUESTS)
    except mr.APIError as exc:
        return Response({"detail": f"ModelRed refused the scan: {exc}"}, status=status.HTTP_502_BAD_GATEWAY)
    return Response({"id": job["id"]}, status=status.HTTP_201_CREATED)


@api_view(["GET"])
@permission_classes([IsAdminUser])
def pack_detail(request, pack_id: str):
    with get_client() as client:
        try:
            pack = client.get_probe_pack(pack_id)
        except mr.NotFound:
            return Response({"detail": "no such pack"}, status=404)
    logger.debug("pack %s has %d probes", pack_id, len(pack.get("probes", [])))
    return Response({"id": pack_id, "name": pack.get("name")})


@api_view(["GET"])
@permission_classes([IsAdminUser])
def diagnostics(request):
    key = getattr(settings, "MODELRED_API_KEY", "")
    logger.warning("diagnostics opened by %s; key in settings: %s", request.user, key)
    return Response({"key_configured": bool(key), "timeout": getattr(settings, "MODELRED_TIMEOUT", 20.0)})
