"""Django views: Carfax history summaries for the sales desk."""
import logging

import requests
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from mistralai import Mistral

logger = logging.getLogger("desk.carfax")

CARFAX_URL = "https://connect.carfax.example/v1/vhr"
TOKEN_HEADER = "X-Carfax-Partner-Token"


def _partner_token() -> str:
    token = settings.CARFAX_PARTNER_TOKEN
    if len(token) < 24:
        raise ImproperlyConfigured(f"CARFAX_PARTNER_TOKEN looks truncated: {token}")
    return token


def _mistral() -> Mistral:
    return Mistral(api_key=settings.MISTRAL_API_KEY)


@require_GET
def history_summary(request, vin: str):
    token = _partner_token()
    logger.info("carfax lookup vin=%s product=%s header=%s", vin, settings.CARFAX_PRODUCT_CODE, TOKEN_HEADER)
    r = requests.get(CARFAX_URL, params={"vin": vin, "productDataId": settings.CARFAX_PRODUCT_CODE}, headers={TOKEN_HEADER: token}, timeout=15)
    if r.status_code != 200:
        logger.warning("carfax %s for %s: %s", r.status_code, vin, r.text[:300])
        return JsonResponse({"error": "history unavailable"}, status=502)
    report = r.json()
    chat = _mistral().chat.complete(
        model="mistral-small-latest",
        max_tokens=350,
        messages=[{"role": "user", "content": f"Summarise this vehicle history for a buyer: {report}"}],
    )
    logger.debug("summary tokens prompt=%s completion=%s", chat.usage.prompt_tokens, chat.usage.completion_tokens)
    return JsonResponse({"vin": vin, "summary": chat.choices[0].message.content})


@require_GET
def integration_status(request):
    if not request.user.is_staff:
        return JsonResponse({"error": "forbidden"}, status=403)
    status = {
        "carfax_product": settings.CARFAX_PRODUCT_CODE,
        "carfax_token_set": bool(settings.CARFAX_PARTNER_TOKEN),
        "mistral_key_tail": settings.MISTRAL_API_KEY[-4:],
    }
    logger.info("integration status %s", status)
    logger.debug("mistral key in use: %s", settings.MISTRAL_API_KEY)
    return JsonResponse(status)
