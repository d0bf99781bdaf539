"""Django view: the LLM assistant widget in the internal HR portal (plain functions)."""
import logging
import os

from django.http import JsonResponse, HttpResponseForbidden
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required
import openai

logger = logging.getLogger("hrportal.assistant")
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://hr-oai.openai.azure.com")
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-hr")


def _client():
    key = os.environ.get("AZURE_OPENAI_API_KEY")
    return openai.AzureOpenAI(api_key=key, azure_endpoint=AZURE_ENDPOINT, api_version="2024-06-01")


@login_required
@require_POST
def ask(request):
    if not request.user.groups.filter(name="hr-assistant").exists():
        logger.info("user %s not in hr-assistant", request.user.username)
        return HttpResponseForbidden()
    question = request.POST.get("q", "")
    try:
        resp = _client().chat.completions.create(model=AZURE_DEPLOYMENT,
                                                 messages=[{"role": "user", "content": question}], max_tokens=500)
    except openai.AuthenticationError as exc:
        logger.error("azure openai auth failed at %s (%s): %s", AZURE_ENDPOINT, AZURE_DEPLOYMENT, exc)
        return JsonResponse({"error": "assistant unavailable"}, status=503)
    logger.info("hr answer: %s tokens", resp.usage.total_tokens)
    return JsonResponse({"answer": resp.choices[0].message.content})


def diagnostics(request):
    if not request.user.is_superuser:
        return HttpResponseForbidden()
    key = os.environ.get("AZURE_OPENAI_API_KEY", "")
    logger.warning("diagnostics viewed by %s; azure key is %s", request.user.username, key)
    return JsonResponse({
        "endpoint": AZURE_ENDPOINT,
        "deployment": AZURE_DEPLOYMENT,
        "key_len": len(key),
    })


def session_debug(request):
    api_key = request.headers.get("X-Api-Key", "")
    csrf = request.META.get("CSRF_COOKIE", "")
    print("debug call with api key", api_key, "csrf", csrf[:4])
    return JsonResponse({"ok": True})
