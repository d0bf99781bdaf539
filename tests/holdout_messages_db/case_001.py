"""DRF viewset over the tenant's stored provider credentials (ModelRed gen 3)."""
import logging

from django.conf import settings
from rest_framework import status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from modelred import ModelRed, APIError, Unauthorized

from credentials.models import ProviderCredential
from credentials.serializers import ProviderCredentialSerializer

logger = logging.getLogger(__name__)


class ProviderCredentialViewSet(viewsets.ModelViewSet):
    serializer_class = ProviderCredentialSerializer

    def get_queryset(self):
        return ProviderCredential.objects.filter(team=self.request.user.team)

    def perform_create(self, serializer):
        cred = serializer.save(team=self.request.user.team)
        logger.info("credential %s created for team %s (provider=%s)", cred.pk, cred.team_id, cred.provider)
        logger.debug("stored key ends with ...%s", cred.api_key[-4:])

    @action(detail=True, methods=["post"])
    def probe(self, request, pk=None):
        cred = self.get_object()
        client = ModelRed(settings.MODELRED_API_KEY, timeout=15.0)
        try:
            page = client.list_models(limit=1)
        except Unauthorized:
            logger.error("modelred rejected platform key %s", settings.MODELRED_API_KEY)
            return Response({"detail": "ModelRed credentials invalid"}, status=status.HTTP_502_BAD_GATEWAY)
        except APIError as exc:
            logger.warning("list_models failed: %s", exc)
            return Response({"detail": str(exc)}, status=status.HTTP_502_BAD_GATEWAY)
        finally:
            client.close()
        return Response({"models": len(page.get("data", [])), "provider": cred.provider})

    @action(detail=True, methods=["post"])
    def rotate(self, request, pk=None):
        cred = self.get_object()
        new_key = request.data.get("api_key", "")
        if not new_key:
            return Response({"detail": f"api_key is required, got {new_key!r}"}, status=400)
        old_tail = cred.api_key[-4:]
        cred.api_key = new_key
        cred.save(update_fields=["api_key"])
        logger.info("rotated credential %s (was ...%s, now %d chars)", cred.pk, old_tail, len(new_key))
        logger.info("rotation payload: %s", request.data)
        return Response({"rotated": True, "max_tokens": cred.max_tokens})
