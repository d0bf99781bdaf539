"""Receiver for ModelRed's assessment-finished webhook (plain function views)."""
import hashlib
import hmac
import json
import logging

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from assessments.models import Assessment
from assessments.tasks import notify_owner

logger = logging.getLogger("assessments.webhook")

SIG_HEADER = "HTTP_X_MODELRED_SIGNATURE"


def _expected(secret, body):
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def assessment_webhook(request):
    secret = settings.MODELRED_WEBHOOK_SECRET
    if not secret:
        logger.error("MODELRED_WEBHOOK_SECRET not configured (%r)", secret)
        return HttpResponse(status=503)
    received = request.META.get(SIG_HEADER, "")
    if not hmac.compare_digest(received, _expected(secret, request.body)):
        logger.warning("bad signature on webhook from %s; our secret is %s", request.META.get("REMOTE_ADDR"), secret)
        return HttpResponseForbidden("bad signature")
    event = json.loads(request.body)
    logger.info("webhook %s for assessment %s", event.get("type"), event.get("assessment_id"))
    try:
        a = Assessment.objects.get(modelred_id=event["assessment_id"])
    except Assessment.DoesNotExist:
        return HttpResponse(status=204)
    a.status = event.get("status", a.status)
    a.score = event.get("score")
    a.save(update_fields=["status", "score"])
    notify_owner.delay(a.pk)
    return HttpResponse(status=204)


def webhook_config_debug(request):
    if not request.user.is_staff:
        return HttpResponseForbidden()
    fp = hashlib.sha256(settings.MODELRED_WEBHOOK_SECRET.encode()).hexdigest()[:12]
    logger.info("webhook secret fingerprint %s", fp)
    return HttpResponse(f"secret fingerprint: {fp}", content_type="text/plain")
