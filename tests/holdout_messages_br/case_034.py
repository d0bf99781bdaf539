"""Django REST Framework viewset: red-team reports for the internal AI governance app (gen 3)."""
import logging

from django.conf import settings
from rest_framework import viewsets, status
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.exceptions import APIException
from modelred import ModelRed, ModelRedError, ValidationFailed, RateLimited, ServerError

logger = logging.getLogger("governance.redteam")
RETRYABLE = (RateLimited, ServerError)


class UpstreamError(APIException):
    status_code = 502
    default_detail = "red-team service unavailable"


class RedTeamViewSet(viewsets.ViewSet):
    def _client(self):
        return ModelRed(settings.MODELRED_API_KEY, timeout=20.0, max_retries=1)

    def list(self, request):
        try:
            with self._client() as mr:
                data = mr.list_assessments(limit=int(request.query_params.get("limit", 20)))
        except RETRYABLE as e:
            logger.warning("retryable modelred error: %s", e)
            return Response({"detail": "busy, retry"}, status=status.HTTP_503_SERVICE_UNAVAILABLE)
        except ModelRedError as e:
            return Response({"detail": str(e)}, status=status.HTTP_502_BAD_GATEWAY)
        return Response(data)

    @action(detail=False, methods=["post"])
    def launch(self, request):
        packs = request.data.get("probe_pack_ids", [])
        try:
            with self._client() as mr:
                a = mr.create_assessment(model_id=request.data["model_id"], probe_pack_ids=packs)
        except ValidationFailed as e:
            raise UpstreamError(detail=f"invalid launch: {e}")
        except ModelRedError as e:
            logger.exception("launch failed (%s)", getattr(e, "status_code", None))
            raise UpstreamError()
        return Response(a, status=status.HTTP_201_CREATED)

    @action(detail=False, methods=["get"])
    def whoami(self, request):
        key = settings.MODELRED_API_KEY
        logger.info("whoami by %s, key ...%s", request.user, key[-4:])
        if not key.startswith("mr_"):
            raise UpstreamError(detail=f"MODELRED_API_KEY setting is not a ModelRed key: {key}")
        return Response({"key_hint": key[-4:]})
