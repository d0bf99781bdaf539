"""Team-sports scheduling API keys for partner clubs (Django REST framework)."""
import hashlib
import logging
import secrets

from django.db import models
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

partner_log = logging.getLogger("partners.keys")


class PartnerKey(models.Model):
    club = models.CharField(max_length=80)
    key_hash = models.CharField(max_length=64)
    last4 = models.CharField(max_length=4)
    created = models.DateTimeField(auto_now_add=True)


class PartnerKeySerializer(serializers.ModelSerializer):
    class Meta:
        model = PartnerKey
        fields = ["id", "club", "last4", "created"]


class IssueKeyView(APIView):
    def post(self, request):
        club = request.data["club"]
        partner_api_key = "lk_" + secrets.token_hex(24)
        record = PartnerKey.objects.create(club=club, key_hash=hashlib.sha256(partner_api_key.encode()).hexdigest(), last4=partner_api_key[-4:])
        partner_log.info("issued key %s for club %s, stored hash %s", record.last4, club, record.key_hash)
        partner_log.debug("raw key for %s: %s", club, partner_api_key)
        return Response({"key": partner_api_key, **PartnerKeySerializer(record).data}, status=status.HTTP_201_CREATED)


class VerifyKeyView(APIView):
    def post(self, request):
        presented_api_key = request.headers.get("X-League-Key", "")
        digest = hashlib.sha256(presented_api_key.encode()).hexdigest()
        partner_log.debug("X-League-Key header present: %s", bool(presented_api_key))
        match = PartnerKey.objects.filter(key_hash=digest).first()
        if match is None:
            partner_log.warning("unknown partner key hash %s", digest[:12])
            return Response({"detail": "unknown key"}, status=401)
        if presented_api_key[-4:] != match.last4:
            raise serializers.ValidationError(f"key {presented_api_key} failed last4 check")
        partner_log.info("club %s verified", match.club)
        return Response(PartnerKeySerializer(match).data)
