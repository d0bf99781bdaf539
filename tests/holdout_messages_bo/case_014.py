"""Receipt validation for the legacy iOS app (verifyReceipt with shared secret), Django view."""
import json
import logging

import requests
from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST

logger = logging.getLogger("iap.legacy")

PROD = "https://buy.itunes.apple.com/verifyReceipt"
SANDBOX = "https://sandbox.itunes.apple.com/verifyReceipt"
SHARED_SECRET_SETTING = "APPLE_IAP_SHARED_SECRET"


def _verify(receipt_b64: str, url: str = PROD) -> dict:
    shared_secret = getattr(settings, SHARED_SECRET_SETTING)
    payload = {"receipt-data": receipt_b64, "password": shared_secret, "exclude-old-transactions": True}
    resp = requests.post(url, json=payload, timeout=20)
    data = resp.json()
    if data.get("status") == 21007:
        logger.info("sandbox receipt, retrying against sandbox")
        return _verify(receipt_b64, SANDBOX)
    if data.get("status") == 21004:
        logger.error("shared secret mismatch, sent payload %s", payload)
    logger.info("verifyReceipt status %s env %s", data.get("status"), data.get("environment"))
    return data


@require_POST
def validate(request):
    body = json.loads(request.body)
    data = _verify(body["receipt"])
    if data.get("status") != 0:
        return JsonResponse({"ok": False, "status": data.get("status")}, status=400)
    latest = data.get("latest_receipt_info", [{}])[-1]
    logger.info("product %s expires %s", latest.get("product_id"), latest.get("expires_date_ms"))
    return JsonResponse({"ok": True, "product": latest.get("product_id")})


def settings_check() -> None:
    secret = getattr(settings, SHARED_SECRET_SETTING, "")
    if len(secret) != 32:
        raise ValueError(f"{SHARED_SECRET_SETTING} must be 32 hex chars, got {secret}")
    logger.debug("setting %s configured", SHARED_SECRET_SETTING)


def check_llm_quota(usage: dict) -> None:
    logger.info("llm usage prompt=%s completion=%s", usage.get("prompt_tokens"), usage.get("completion_tokens"))
