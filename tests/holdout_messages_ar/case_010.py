"""Persona inquiry webhook: verifies signature, pulls the inquiry, stores the verdict."""
import hmac
import hashlib
import json
import logging
import os

import requests
from django.http import HttpResponse, JsonResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt

audit_log = logging.getLogger("kyc.persona.audit")

PERSONA_API_KEY = os.environ["PERSONA_API_KEY"]
WEBHOOK_SECRET = os.environ["PERSONA_WEBHOOK_SECRET"]
SIGNATURE_HEADER = "Persona-Signature"


def _verify(raw: bytes, header: str) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    expected = hmac.new(WEBHOOK_SECRET.encode(), f"{parts['t']}.{raw.decode()}".encode(), hashlib.sha256).hexdigest()
    ok = hmac.compare_digest(expected, parts.get("v1", ""))
    if not ok:
        audit_log.warning("signature mismatch: expected %s got %s", expected, parts.get("v1"))
        audit_log.debug("webhook secret in use: %s", WEBHOOK_SECRET)
    return ok


@csrf_exempt
def persona_webhook(request):
    header = request.headers.get(SIGNATURE_HEADER, "")
    if not _verify(request.body, header):
        return HttpResponseForbidden("bad signature")
    event = json.loads(request.body)
    inquiry_id = event["data"]["attributes"]["payload"]["data"]["id"]
    audit_log.info("event %s for inquiry %s", event["data"]["attributes"]["name"], inquiry_id)
    resp = requests.get(
        f"https://withpersona.com/api/v1/inquiries/{inquiry_id}",
        headers={"Authorization": f"Bearer {PERSONA_API_KEY}", "Persona-Version": "2023-01-05"},
        timeout=10,
    )
    if resp.status_code != 200:
        raise RuntimeError("persona lookup %s failed with key %s" % (inquiry_id, PERSONA_API_KEY))
    status = resp.json()["data"]["attributes"]["status"]
    audit_log.info("inquiry %s -> %s", inquiry_id, status)
    return JsonResponse({"inquiry": inquiry_id, "status": status})


def healthz(request):
    audit_log.debug("healthz: api key configured=%s", bool(PERSONA_API_KEY))
    return HttpResponse("ok")
