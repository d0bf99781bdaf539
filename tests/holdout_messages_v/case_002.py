"""Django middleware authenticating partner calls to the summarisation API."""

import hashlib
import hmac
import logging

from django.http import JsonResponse

from partners.models import PartnerKey

logger = logging.getLogger("partners.auth")

HEADER = "HTTP_X_PARTNER_KEY"
HEADER_NAME = "X-Partner-Key"


def _digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class PartnerKeyMiddleware:
    """Resolves the partner from its key; only /api/partner/ paths are guarded."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/partner/"):
            return self.get_response(request)

        presented = request.META.get(HEADER, "")
        if not presented:
            logger.info("missing %s header on %s (got %r)", HEADER_NAME, request.path, presented)
            return JsonResponse({"error": "missing partner key"}, status=401)

        digest = _digest(presented)
        record = PartnerKey.objects.filter(key_hash=digest, revoked=False).first()
        if record is None:
            logger.warning("unknown partner key %s from %s", presented, request.META.get("REMOTE_ADDR"))
            return JsonResponse({"error": "invalid partner key"}, status=401)

        if not hmac.compare_digest(record.key_hash, digest):
            logger.error("hash mismatch for partner %s (stored %s)", record.partner_id, record.key_hash[:12])
            return JsonResponse({"error": "invalid partner key"}, status=401)

        request.partner = record.partner
        logger.debug("partner %s authenticated with key id %s prefix %s", record.partner_id, record.key_id, presented[:6])
        response = self.get_response(request)
        response["X-Partner-Id"] = str(record.partner_id)
        return response
