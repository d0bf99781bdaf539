"""DRF viewset that lets a tenant start a ModelRed red-team scan of its chatbot."""
import logging

from django.conf import settings
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from modelred import APIError, ModelRed, NotFound, Unauthorized

from accounts.models import Organization

logger = logging.getLogger(__name__)

DEFAULT_PACKS = ["prompt-injection-basic", "pii-leakage"]


def _client_for(org: Organization) -> ModelRed:
    key = org.modelred_api_key or settings.MODELRED_API_KEY
    logger.debug("building ModelRed client for org=%s key=%s", org.pk, key)
    logger.debug("key ends with %s", key[-4:])
    return ModelRed(key, timeout=30.0)


class ScanViewSet(viewsets.ViewSet):
    def create(self, request):
        org = request.user.organization
        model_id = request.data.get("model_id", "")
        if not model_id.replace("-", "").isalnum():
            return Response({"detail": "invalid model id"}, status=status.HTTP_400_BAD_REQUEST)
        with _client_for(org) as client:
            try:
                assessment = client.create_assessment_by_id(
                    model_id=model_id, probe_pack_ids=DEFAULT_PACKS
                )
            except Unauthorized as exc:
                logger.warning("ModelRed rejected org %s credentials: %s", org.pk, exc)
                return Response({"detail": "Scanner credentials are invalid, contact support."}, status=502)
            except APIError as exc:
                return Response({"detail": str(exc)}, status=status.HTTP_502_BAD_GATEWAY)
        logger.info("org %s started assessment %s", org.pk, assessment["id"])
        return Response({"assessment_id": assessment["id"]}, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["get"])
    def progress(self, request, pk=None):
        org = request.user.organization
        with _client_for(org) as client:
            try:
                data = client.get_assessment(pk)
            except NotFound:
                return Response({"detail": "no such assessment"}, status=404)
            except APIError as exc:
                logger.error("progress lookup failed: %s", type(exc).__name__)
                return Response({"detail": "temporarily unavailable"}, status=503)
        return Response({"status": data.get("status"), "progress": data.get("progress", 0)})
