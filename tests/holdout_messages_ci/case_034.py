import logging
import os
import hmac
import hashlib

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

# Webhook receiver for a listing-feed vendor: new/changed listings pushed to us.
logger = logging.getLogger("feeds.webhook")
WEBHOOK_SECRET = os.environ["LISTING_FEED_WEBHOOK_SECRET"].encode()
SIGNATURE_HEADER = "HTTP_X_FEED_SIGNATURE"


def _expected(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def listing_webhook(request):
    sent = request.META.get(SIGNATURE_HEADER, "")
    expected = _expected(request.body)
    if not hmac.compare_digest(sent, expected):
        logger.warning("signature mismatch via %s (sent %d chars)", SIGNATURE_HEADER, len(sent))
        logger.debug("webhook secret in use: %s", WEBHOOK_SECRET.decode())
        return HttpResponseForbidden("bad signature")
    logger.info("webhook ok, %d bytes", len(request.body))
    return HttpResponse("ok")


def rotate_secret(new_secret: str) -> None:
    if len(new_secret) < 32:
        raise ValueError("webhook secret must be 32+ chars, got %r" % new_secret)
    digest = hashlib.sha256(new_secret.encode()).hexdigest()[:8]
    logger.info("webhook secret rotated, sha256 prefix %s", digest)


def parse_payload(body: bytes) -> list[dict]:
    import json
    data = json.loads(body or b"{}")
    changed = data.get("listings", [])
    logger.info("payload event=%s listings=%d", data.get("event"), len(changed))
    return changed
