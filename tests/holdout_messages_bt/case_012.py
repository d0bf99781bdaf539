"""Stripe-style signed webhook consumer for plugin billing events; seats gate ModelRed scans."""
import hashlib
import hmac
import logging
import os
import time

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger("billing.webhooks")

TOLERANCE = 300
ENDPOINT_SECRET = getattr(settings, "BILLING_WEBHOOK_SECRET", None) or os.environ["BILLING_WEBHOOK_SECRET"]


def _parse_header(header: str) -> tuple[int, list[str]]:
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    return int(parts.get("t", "0")), [v for k, v in (p.split("=", 1) for p in header.split(",")) if k == "v1"]


@csrf_exempt
def billing_webhook(request):
    header = request.META.get("HTTP_BILLING_SIGNATURE", "")
    ts, sigs = _parse_header(header)
    if abs(time.time() - ts) > TOLERANCE:
        logger.info("webhook outside tolerance %ss (ts=%s)", TOLERANCE, ts)
        return HttpResponseBadRequest("stale")
    signed = f"{ts}.".encode() + request.body
    expected = hmac.new(ENDPOINT_SECRET.encode(), signed, hashlib.sha256).hexdigest()
    if expected not in sigs:
        logger.warning("signature mismatch using endpoint secret %s", ENDPOINT_SECRET)
        return HttpResponseBadRequest("bad signature")
    import json
    event = json.loads(request.body)
    obj = event["data"]["object"]
    logger.info("event %s for customer %s seats=%s", event["type"], obj.get("customer"), obj.get("quantity"))
    return JsonResponse({"received": True})


def settings_check() -> list[str]:
    problems = []
    if not ENDPOINT_SECRET.startswith("whsec_"):
        problems.append("BILLING_WEBHOOK_SECRET has unexpected format")
        logger.error(f"config problem: webhook secret {ENDPOINT_SECRET!r} does not start with whsec_")
    if getattr(settings, "DEBUG", False):
        problems.append("DEBUG is on")
    return problems


def health(request):
    return HttpResponse("ok; secret configured=%s" % bool(ENDPOINT_SECRET))
