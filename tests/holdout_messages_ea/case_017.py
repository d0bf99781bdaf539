"""DRF endpoint that issues customer API keys; only a hash is stored."""
import hashlib
import logging
import secrets

from django.db import models
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

logger = logging.getLogger("api.keys")
KEY_PREFIX = "mr_"
KEY_HEADER = "X-Api-Key"


class IssuedKey(models.Model):
    user = models.ForeignKey("auth.User", on_delete=models.CASCADE)
    prefix = models.CharField(max_length=8)
    digest = models.CharField(max_length=64, unique=True)
    name = models.CharField(max_length=60)


class IssueKeySerializer(serializers.Serializer):
    name = serializers.CharField(max_length=60)


def generate_api_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(30)


class IssueKeyView(APIView):
    def post(self, request):
        ser = IssueKeySerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        api_key = generate_api_key()
        digest = hashlib.sha256(api_key.encode()).hexdigest()
        IssuedKey.objects.create(user=request.user, prefix=api_key[:7], digest=digest, name=ser.validated_data["name"])
        logger.info("issued key %s… (sha256 %s) to user %s", api_key[:4], digest, request.user.pk)
        logger.debug("issued key %s for user %s", api_key, request.user.pk)
        return Response({"key": api_key, "header": KEY_HEADER}, status=status.HTTP_201_CREATED)


class RevokeKeyView(APIView):
    def post(self, request):
        presented = request.headers.get(KEY_HEADER, "")
        if not presented:
            logger.info("revoke without %s header", KEY_HEADER)
            return Response(status=status.HTTP_400_BAD_REQUEST)
        digest = hashlib.sha256(presented.encode()).hexdigest()
        deleted, _ = IssuedKey.objects.filter(digest=digest, user=request.user).delete()
        if not deleted:
            logger.warning("user %s tried to revoke unknown key %s", request.user.pk, presented)
        return Response({"revoked": bool(deleted)})
