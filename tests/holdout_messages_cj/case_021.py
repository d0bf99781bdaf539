"""Obituary drafting assistant (Django view) with a ModelRed gate on the drafting model."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from anthropic import Anthropic, AuthenticationError as AnthropicAuthError
import modelred

logger = logging.getLogger("obits")

DRAFT_MODEL = "claude-3-5-sonnet-latest"
DRAFT_MAX_TOKENS = 900


def _claude() -> Anthropic:
    return Anthropic(api_key=settings.OBITS_ANTHROPIC_KEY)


@require_POST
def draft(request):
    facts = request.POST.get("facts", "")
    try:
        msg = _claude().messages.create(model=DRAFT_MODEL, max_tokens=DRAFT_MAX_TOKENS,
                                        messages=[{"role": "user", "content": f"Draft a respectful obituary from: {facts}"}])
    except AnthropicAuthError as exc:
        logger.error("Anthropic auth failed: %s", exc)
        logger.error("configured key was %s", settings.OBITS_ANTHROPIC_KEY)
        return JsonResponse({"error": "drafting unavailable"}, status=503)
    logger.info("obit drafted for %s, %d tokens", request.user, msg.usage.output_tokens)
    return JsonResponse({"draft": msg.content[0].text})


@require_POST
def gate(request):
    client = modelred.ModelRed(api_key=settings.MODELRED_API_KEY)
    try:
        job = client.create_assessment(model=DRAFT_MODEL, test_types=["harmful_content", "pii"], priority="normal")
    except modelred.NotFoundError:
        return JsonResponse({"error": "model not registered"}, status=404)
    except modelred.ModelRedError as exc:
        return JsonResponse({"error": "gate failed", "detail": f"{exc}"}, status=502)
    logger.info("gate %s started by %s", job["id"], request.user)
    return JsonResponse({"assessment": job["id"]})


def settings_summary() -> dict:
    summary = {"model": DRAFT_MODEL, "max_tokens": DRAFT_MAX_TOKENS,
               "anthropic_key_set": bool(getattr(settings, "OBITS_ANTHROPIC_KEY", ""))}
    logger.info("obits settings: %s", summary)
    return summary
