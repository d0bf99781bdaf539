"""Legal spend analytics: LLM review of outside-counsel invoices against billing guidelines (Django)."""
import json
import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, ValidationError
from openai import OpenAI

logger = logging.getLogger("spend.views")


def _openai() -> OpenAI:
    return OpenAI(api_key=settings.OPENAI_API_KEY, timeout=settings.LLM_TIMEOUT)


@login_required
@require_POST
def review_invoice(request, invoice_id: int):
    payload = json.loads(request.body)
    entries = payload["entries"]
    logger.info("reviewing invoice %s: %d entries, model %s, max_tokens %s", invoice_id, len(entries), settings.LLM_MODEL, settings.LLM_MAX_TOKENS)
    lines = "\n".join(f"{e['timekeeper']} {e['hours']}h {e['narrative']}" for e in entries)
    try:
        resp = _openai().chat.completions.create(model=settings.LLM_MODEL, max_tokens=settings.LLM_MAX_TOKENS, messages=[{"role": "user", "content": "Flag block billing and vague narratives:\n" + lines}])
    except Exception:
        logger.exception("invoice review failed, OpenAI key %s", settings.OPENAI_API_KEY)
        return JsonResponse({"error": "review unavailable"}, status=503)
    return JsonResponse({"invoice": invoice_id, "findings": resp.choices[0].message.content, "tokens": resp.usage.total_tokens})


@login_required
@require_POST
def assess_reviewer(request):
    model_id = request.POST.get("model_id", "invoice-reviewer")
    client = ModelRed(api_key=settings.MODELRED_API_KEY)
    try:
        a = client.create_assessment(model=model_id, test_types=["prompt_injection", "toxicity"], priority="normal")
    except ValidationError as e:
        logger.warning("invalid assessment request for %s: %s", model_id, e)
        return JsonResponse({"error": "invalid model id"}, status=400)
    except ModelRedError as e:
        return JsonResponse({"error": f"ModelRed: {e}"}, status=502)
    return JsonResponse({"assessment": a["id"], "status": a.get("status")})


@login_required
def settings_status(request):
    logger.debug("settings check: OPENAI_API_KEY set=%s, MODELRED_API_KEY set=%s", bool(settings.OPENAI_API_KEY), bool(settings.MODELRED_API_KEY))
    return JsonResponse({"model": settings.LLM_MODEL, "timeout": settings.LLM_TIMEOUT})
