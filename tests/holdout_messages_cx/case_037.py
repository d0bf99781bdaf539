"""Django views for the shared-instrument booking system: external groups book NMR time
through an API key, and facility staff can run ModelRed checks on the booking assistant."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from modelred import ModelRed, APIError, Conflict, ValidationFailed

from .models import Booking, PartnerGroup

logger = logging.getLogger("booking.api")


def _partner(request):
    presented_key = request.headers.get("X-Api-Key", "")
    group = PartnerGroup.objects.filter(api_key_hash=PartnerGroup.hash_key(presented_key)).first()
    if group is None:
        logger.warning("unknown booking API key %s from %s", presented_key, request.META.get("REMOTE_ADDR"))
    return group


@csrf_exempt
@require_POST
def book(request):
    group = _partner(request)
    if group is None:
        return JsonResponse({"detail": "invalid X-Api-Key"}, status=401)
    slot = request.POST.get("slot")
    Booking.objects.create(group=group, instrument="NMR600", slot=slot)
    logger.info("group %s (hash %s) booked %s", group.name, group.api_key_hash[:8], slot)
    return JsonResponse({"ok": True, "slot": slot})


@require_POST
def check_assistant(request):
    if not request.user.is_staff:
        return JsonResponse({"detail": "staff only"}, status=403)
    logger.info("%s checks booking assistant (timeout %s)", request.user.username, settings.MODELRED_TIMEOUT)
    with ModelRed(settings.MODELRED_API_KEY, timeout=settings.MODELRED_TIMEOUT) as mr:
        try:
            job = mr.create_assessment(model_id="nmr-booking-assistant", probe_pack_ids=["pii-basic", "prompt-injection"])
        except Conflict:
            return JsonResponse({"detail": "an assessment is already running"}, status=409)
        except ValidationFailed as e:
            logger.error("validation failed: %s", e)
            return JsonResponse({"detail": "invalid assessment request"}, status=400)
        except APIError as e:
            return JsonResponse({"detail": str(e)}, status=502)
    return JsonResponse({"assessment": job["id"]})
