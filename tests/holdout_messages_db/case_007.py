"""DRF authentication class for partner API keys ("Api-Key <key>")."""
import hashlib
import logging

from django.utils import timezone
from rest_framework import authentication, exceptions

from partners.models import PartnerKey

logger = logging.getLogger(__name__)

KEYWORD = "Api-Key"
HEADER_NAME = "HTTP_AUTHORIZATION"


def _digest(raw):
    return hashlib.sha256(raw.encode()).hexdigest()


class PartnerKeyAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request):
        header = request.META.get(HEADER_NAME, "")
        if not header.startswith(KEYWORD + " "):
            return None
        raw_key = header[len(KEYWORD) + 1:].strip()
        if not raw_key:
            raise exceptions.AuthenticationFailed(f"empty {KEYWORD} header: {raw_key!r}")
        if len(raw_key) < 24:
            raise exceptions.AuthenticationFailed(f"malformed partner key {raw_key}")
        digest = _digest(raw_key)
        try:
            pk = PartnerKey.objects.select_related("partner").get(key_sha256=digest, revoked=False)
        except PartnerKey.DoesNotExist:
            logger.info("unknown partner key prefix=%s sha=%s", raw_key[:4], digest[:10])
            raise exceptions.AuthenticationFailed("invalid partner key")
        if pk.expires_at and pk.expires_at < timezone.now():
            logger.warning("expired key for partner %s: %s", pk.partner.slug, raw_key)
            raise exceptions.AuthenticationFailed(f"key expired at {pk.expires_at.isoformat()}")
        PartnerKey.objects.filter(pk=pk.pk).update(last_used=timezone.now())
        return (pk.partner.service_user, pk)

    def authenticate_header(self, request):
        return KEYWORD
