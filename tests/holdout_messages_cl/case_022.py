"""Django view for the carrier onboarding form (carrier enters its API credentials)."""
import logging

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import CarrierAccount

logger = logging.getLogger("onboarding")


def _mask(value):
    return value[:2] + "*" * 8 if value else ""


@require_POST
def connect_carrier(request):
    scac = request.POST.get("scac", "").upper()
    api_user = request.POST.get("api_user", "")
    api_password = request.POST.get("api_password", "")
    if not scac or len(scac) not in (2, 3, 4):
        return JsonResponse({"error": f"invalid SCAC {scac!r}"}, status=400)
    if not api_password:
        logger.info("carrier %s submitted without password (%r)", scac, api_password)
        return JsonResponse({"error": "password required"}, status=400)
    logger.info("carrier %s connecting as %s, password %s", scac, api_user, _mask(api_password))
    acct, created = CarrierAccount.objects.update_or_create(
        scac=scac, defaults={"api_user": api_user, "api_password": api_password}
    )
    logger.debug("onboarding form data: %s", request.POST.dict())
    return JsonResponse({"id": acct.pk, "created": created})


@require_POST
def test_connection(request, scac):
    acct = CarrierAccount.objects.get(scac=scac)
    ok = acct.ping()
    if not ok:
        logger.warning("carrier %s ping failed for user %s / %s", scac, acct.api_user, acct.api_password)
        return JsonResponse({"ok": False, "reason": "carrier refused the credentials"})
    return JsonResponse({"ok": True, "user": acct.api_user})


def rotate_password(acct, new_password):
    if new_password == acct.api_password:
        raise ValueError(f"new password for {acct.scac} equals the old one ({new_password})")
    acct.api_password = new_password
    acct.save(update_fields=["api_password"])
    logger.info("password rotated for %s", acct.scac)
