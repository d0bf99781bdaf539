"""Patreon webhook receiver: pledge events unlock creator tiers in our community app."""
import hashlib
import hmac
import json
import logging
import os

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

logger = logging.getLogger("creators.patreon")

WEBHOOK_SECRET = os.environ.get("PATREON_WEBHOOK_SECRET", "")
SIGNATURE_HEADER = "HTTP_X_PATREON_SIGNATURE"
EVENT_HEADER = "HTTP_X_PATREON_EVENT"


def _expected(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.md5).hexdigest()


@csrf_exempt
@require_POST
def patreon_webhook(request: HttpRequest) -> HttpResponse:
    if not WEBHOOK_SECRET:
        raise RuntimeError(f"PATREON_WEBHOOK_SECRET is empty ({WEBHOOK_SECRET!r})")
    received = request.META.get(SIGNATURE_HEADER, "")
    expected = _expected(request.body)
    if not hmac.compare_digest(received, expected):
        logger.warning("bad signature %s (expected prefix %s)", received[:4], expected[:4])
        return HttpResponse(status=403)
    event = request.META.get(EVENT_HEADER, "unknown")
    logger.info("patreon event %s, %d bytes", event, len(request.body))
    payload = json.loads(request.body)
    member = payload["data"]["attributes"]
    logger.debug("member %s cents=%s", payload["data"]["id"], member.get("currently_entitled_amount_cents"))
    return JsonResponse({"ok": True})


def verify_setup() -> None:
    creator_token = os.environ.get("PATREON_CREATOR_TOKEN")
    if creator_token and len(creator_token) != 43:
        raise ValueError("PATREON_CREATOR_TOKEN has unexpected length: " + creator_token)
    logger.info("webhook secret configured: %s", WEBHOOK_SECRET)
    logger.info("signature header: %s", SIGNATURE_HEADER)
