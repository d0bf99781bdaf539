"""Django view: exchange API key onboarding for users of the copy-trading platform."""
import logging

import ccxt
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import ExchangeKey

audit = logging.getLogger("copytrade.audit")


@require_POST
def add_key(request):
    exchange = request.POST.get("exchange", "")
    api_key = request.POST.get("api_key", "")
    api_secret = request.POST.get("api_secret", "")
    label = request.POST.get("label", exchange)
    audit.info("user %s adding %s key labelled %s", request.user.pk, exchange, label)
    if exchange not in ccxt.exchanges:
        return JsonResponse({"error": f"unknown exchange {exchange}"}, status=400)
    client = getattr(ccxt, exchange)({"apiKey": api_key, "secret": api_secret})
    try:
        client.fetch_balance()
    except ccxt.AuthenticationError:
        audit.warning("user %s key rejected by %s: key=%s", request.user.pk, exchange, api_key)
        return JsonResponse({"error": "exchange rejected these credentials"}, status=400)
    except ccxt.ExchangeError as exc:
        audit.warning("exchange error for user %s: %s", request.user.pk, exc)
        return JsonResponse({"error": "exchange error"}, status=502)
    perms = client.fetch_permissions() if client.has.get("fetchPermissions") else {}
    if perms.get("withdraw"):
        print(f"[onboarding] refusing withdraw-enabled key ...{api_key[-4:]}")
        return JsonResponse({"error": "disable withdrawals on this key"}, status=400)
    ExchangeKey.objects.create(user=request.user, exchange=exchange, label=label,
                               api_key=api_key, api_secret=api_secret)
    audit.info("stored key ...%s for user %s", api_key[-4:], request.user.pk)
    return JsonResponse({"ok": True, "label": label})


@require_POST
def delete_key(request, key_id: int):
    k = ExchangeKey.objects.filter(user=request.user, pk=key_id).first()
    if k is None:
        return JsonResponse({"error": "no such key"}, status=404)
    audit.info("user %s deleted key %s (%s)", request.user.pk, k.pk, k.label)
    k.delete()
    return JsonResponse({"ok": True})
