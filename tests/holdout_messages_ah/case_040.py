"""Django views of the enrichment app: users upload scraped leads, we enrich them with an LLM."""
import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError, AuthenticationError, SubscriptionLimitError
from openai import OpenAI

log = logging.getLogger("enrich.views")
OPENAI_KEY_SETTING = "ENRICH_OPENAI_KEY"
openai_client = OpenAI(api_key=getattr(settings, OPENAI_KEY_SETTING))


@login_required
@require_POST
def enrich_lead(request):
    company = request.POST.get("company", "")[:200]
    log.info("enrich %s for user %s via setting %s", company, request.user.pk, OPENAI_KEY_SETTING)
    r = openai_client.chat.completions.create(
        model=settings.ENRICH_MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": f"Industry, size and HQ city of {company}, as JSON."}],
    )
    log.debug("enrich usage %s tokens", r.usage.total_tokens)
    return JsonResponse({"company": company, "profile": r.choices[0].message.content})


@login_required
@require_POST
def user_key(request):
    key = request.POST.get("openai_key", "").strip()
    if key and not key.startswith("sk-"):
        log.warning("user %s pasted a malformed OpenAI key: %s", request.user.pk, key)
        return JsonResponse({"ok": False, "error": "that does not look like an OpenAI key"}, status=400)
    request.user.profile.openai_key = key
    request.user.profile.save(update_fields=["openai_key"])
    return JsonResponse({"ok": True, "last4": key[-4:]})


@login_required
@require_POST
def scan_enricher(request):
    try:
        with ModelRed(api_key=settings.MODELRED_API_KEY) as mr:
            a = mr.create_assessment(model="lead-enricher", test_types=["prompt_injection"], priority="normal")
    except AuthenticationError:
        log.error("ModelRed key rejected")
        return JsonResponse({"ok": False, "error": "scanner misconfigured"}, status=500)
    except SubscriptionLimitError as e:
        return JsonResponse({"ok": False, "error": f"plan limit reached: {e}"}, status=402)
    except ModelRedError as e:
        log.exception("scan failed")
        return JsonResponse({"ok": False, "error": type(e).__name__}, status=502)
    return JsonResponse({"ok": True, "assessment": a["id"]})
