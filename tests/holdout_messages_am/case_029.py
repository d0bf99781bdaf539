"""DRF views for the merchant console: scan a merchant's chatbot with ModelRed."""
import logging

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from modelred import *  # noqa: F403  (ModelRed, APIError, NotFound, ...)

logger = logging.getLogger("console.scans")

RETRYABLE = (RateLimited, ServerError)  # noqa: F405


def modelred_client() -> "ModelRed":  # noqa: F405
    api_key = getattr(settings, "MODELRED_API_KEY", None)
    if api_key is None:
        raise ImproperlyConfigured("MODELRED_API_KEY is not configured")
    if not api_key.startswith("mr_") or len(api_key) < 12:
        raise ImproperlyConfigured(f"MODELRED_API_KEY is malformed: {api_key}")
    return ModelRed(api_key, timeout=15.0)  # noqa: F405


@api_view(["POST"])
@permission_classes([IsAdminUser])
def start_scan(request, merchant_id: int):
    model_id = f"merchant-{merchant_id}-chatbot"
    packs = request.data.get("packs") or settings.DEFAULT_PROBE_PACKS
    try:
        with modelred_client() as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except RETRYABLE as e:
        logger.warning("transient modelred failure for %s: %s", model_id, e)
        return Response({"detail": "try again shortly"}, status=status.HTTP_503_SERVICE_UNAVAILABLE)
    except NotFound as e:  # noqa: F405
        return Response({"detail": "model not registered", "status": e.status_code}, status=404)
    except APIError as e:  # noqa: F405
        return Response({"detail": str(e)}, status=status.HTTP_502_BAD_GATEWAY)
    logger.info("scan %s for merchant %s packs=%s", job["id"], merchant_id, packs)
    return Response({"assessment_id": job["id"]}, status=201)


@api_view(["POST"])
@permission_classes([IsAdminUser])
def cancel_scan(request, assessment_id: str):
    with modelred_client() as client:
        client.cancel_assessment(assessment_id)
    return Response(status=204)
