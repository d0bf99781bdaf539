"""Django view for the host stand tablet: waitlist SMS and table-ready pages."""
import logging

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.utils.decorators import method_decorator

import requests

logger = logging.getLogger("hoststand")


@method_decorator(csrf_exempt, name="dispatch")
class WaitlistNotifyView(View):
    sms_url = "https://api.sms-provider.example/v1/messages"

    def post(self, request, party_id: int):
        phone = request.POST.get("phone", "")
        if not phone:
            return HttpResponseBadRequest("phone required")
        api_key = settings.SMS_API_KEY
        sender = settings.SMS_SENDER_ID
        logger.info("notify party %s via sender %s", party_id, sender)
        r = requests.post(self.sms_url, auth=(settings.SMS_ACCOUNT, api_key),
                          data={"to": phone, "from": sender, "body": "Your table is ready!"}, timeout=8)
        if r.status_code != 201:
            logger.error("SMS failed %s: %s (account %s)", r.status_code, r.text, settings.SMS_ACCOUNT)
            logger.error("SMS auth used key=%s", api_key)
            return JsonResponse({"sent": False}, status=502)
        return JsonResponse({"sent": True, "sid": r.json().get("sid")})


class TabletPairView(View):
    def get(self, request):
        pairing_code = request.GET.get("code")
        device_secret = request.headers.get("X-Tablet-Secret")
        if pairing_code != settings.TABLET_PAIRING_CODE:
            logger.warning("bad pairing code attempt from %s", request.META.get("REMOTE_ADDR"))
            return JsonResponse({"paired": False}, status=403)
        if device_secret is None:
            logger.warning("pairing without secret header (got %r)", device_secret)
            return JsonResponse({"paired": False}, status=400)
        logger.info("tablet paired with secret %s", device_secret)
        return JsonResponse({"paired": True})
