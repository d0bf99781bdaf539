"""Safety incident reports from drivers and riders: triage with Claude, escalate to the safety team."""
import logging

import anthropic
import requests
from django.conf import settings
from django.db import models
from django.http import HttpResponseForbidden, JsonResponse

safety_log = logging.getLogger("safety.incidents")


class Incident(models.Model):
    trip_id = models.CharField(max_length=40)
    reporter_role = models.CharField(max_length=10)
    narrative = models.TextField()
    severity = models.CharField(max_length=10, blank=True)
    escalated = models.BooleanField(default=False)


def _claude() -> anthropic.Anthropic:
    key = settings.SAFETY_ANTHROPIC_KEY
    if not key.startswith("sk-ant-"):
        raise ValueError(f"SAFETY_ANTHROPIC_KEY is not an Anthropic key: {key}")
    return anthropic.Anthropic(api_key=key)


def triage(incident: Incident) -> str:
    msg = _claude().messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=settings.TRIAGE_MAX_TOKENS,
        system="Classify rideshare safety incidents as low, medium, high or critical. One word.",
        messages=[{"role": "user", "content": incident.narrative}],
    )
    safety_log.info("incident %s triaged, tokens %s/%s (cap %s)", incident.pk, msg.usage.input_tokens, msg.usage.output_tokens, settings.TRIAGE_MAX_TOKENS)
    return msg.content[0].text.strip().lower()


def escalate(incident: Incident) -> None:
    genie_key = settings.OPSGENIE_API_KEY
    r = requests.post("https://api.opsgenie.com/v2/alerts", json={"message": f"Safety incident on trip {incident.trip_id}", "priority": "P1", "source": "safety-triage"}, headers={"Authorization": f"GenieKey {genie_key}"}, timeout=10)
    if r.status_code != 202:
        safety_log.error("opsgenie alert failed (%s) with api key %s", r.status_code, genie_key)
        return
    safety_log.info("opsgenie request %s for incident %s", r.json().get("requestId"), incident.pk)
    incident.escalated = True
    incident.save(update_fields=["escalated"])


def report(request):
    if request.headers.get("X-Internal-Service") != settings.INTERNAL_SERVICE_NAME:
        safety_log.warning("report from %s without service header %s", request.META.get("REMOTE_ADDR"), settings.INTERNAL_SERVICE_NAME)
        return HttpResponseForbidden()
    inc = Incident.objects.create(trip_id=request.POST["trip_id"], reporter_role=request.POST["role"], narrative=request.POST["narrative"])
    inc.severity = triage(inc)
    inc.save(update_fields=["severity"])
    if inc.severity == "critical":
        escalate(inc)
    return JsonResponse({"id": inc.pk, "severity": inc.severity})
