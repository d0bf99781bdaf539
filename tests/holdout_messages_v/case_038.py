"""Personal access tokens for the console API (Django REST framework views)."""

import hashlib
import logging
import secrets

from django.utils import timezone
from rest_framework import status
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from .models import AccessToken

logger = logging.getLogger("console.pat")

TOKEN_PREFIX = "pat_"
MAX_TOKENS = 10


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def list_tokens(request):
    rows = AccessToken.objects.filter(user=request.user, revoked_at__isnull=True)
    data = [{"id": r.id, "name": r.name, "last4": r.last4, "created": r.created_at} for r in rows]
    logger.info("user %s listed %d tokens: %s", request.user.pk, len(data), [d["last4"] for d in data])
    return Response(data)


@api_view(["POST"])
@permission_classes([IsAuthenticated])
def create_token(request):
    name = request.data.get("name", "unnamed")
    if AccessToken.objects.filter(user=request.user, revoked_at__isnull=True).count() >= MAX_TOKENS:
        return Response({"error": f"at most {MAX_TOKENS} active tokens"}, status=status.HTTP_409_CONFLICT)
    raw = TOKEN_PREFIX + secrets.token_hex(24)
    logger.debug("minting %s token %r for user %s", TOKEN_PREFIX, name, request.user.pk)
    row = AccessToken.objects.create(user=request.user, name=name, token_hash=hashlib.sha256(raw.encode()).hexdigest(), last4=raw[-4:])
    logger.info("token %s (%s) created for user %s, last4 %s", row.id, name, request.user.pk, row.last4)
    logger.debug("token created: %s", raw)
    return Response({"id": row.id, "token": raw}, status=status.HTTP_201_CREATED)


@api_view(["DELETE"])
@permission_classes([IsAuthenticated])
def revoke_token(request, token_id: int):
    row = AccessToken.objects.filter(user=request.user, id=token_id).first()
    if row is None:
        return Response({"error": "not found"}, status=status.HTTP_404_NOT_FOUND)
    row.revoked_at = timezone.now()
    row.save(update_fields=["revoked_at"])
    logger.info("token %s revoked by user %s (hash %s)", token_id, request.user.pk, row.token_hash[:10])
    return Response(status=status.HTTP_204_NO_CONTENT)
