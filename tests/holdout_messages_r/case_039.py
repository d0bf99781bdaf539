# scans/views.py
import logging

from django.conf import settings
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from modelred import ModelRedClient, NotFoundError, ValidationError
from modelred import ModelRedError as MRError

from .models import Scan

logger = logging.getLogger(__name__)


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=settings.MODELRED_API_KEY)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def start_scan(request):
    model = request.data.get("model")
    test_types = request.data.get("test_types") or ["prompt_injection"]
    if not model:
        return Response({"detail": "model is required"}, status=status.HTTP_400_BAD_REQUEST)
    try:
        job = _client().create_assessment(model=model, test_types=test_types)
    except ValidationError as exc:
        return Response({"detail": exc.message}, status=status.HTTP_400_BAD_REQUEST)
    except NotFoundError:
        return Response({"detail": f"unknown model {model}"}, status=status.HTTP_404_NOT_FOUND)
    except MRError as exc:
        logger.exception("create_assessment failed for user %s", request.user.pk)
        Scan.objects.create(owner=request.user, model=model, status="error", error=type(exc).__name__)
        return Response({"detail": "scan service error"}, status=status.HTTP_502_BAD_GATEWAY)
    Scan.objects.create(owner=request.user, model=model, external_id=job["id"], status="queued")
    return Response({"id": job["id"]}, status=status.HTTP_201_CREATED)


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def scan_detail(request, pk: int):
    scan = Scan.objects.get(pk=pk, owner=request.user)
    try:
        remote = _client().get_assessment(scan.external_id)
    except MRError as exc:
        logger.warning("refresh of %s failed: %s", scan.external_id, exc)
        return Response({"id": scan.pk, "status": scan.status, "stale": True})
    except Exception as exc:
        return Response({"id": scan.pk, "error": str(exc)}, status=502)
    return Response({"id": scan.pk, "status": remote.get("status"), "score": remote.get("score")})
