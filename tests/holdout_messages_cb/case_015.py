"""Django view: a lawyer pastes their own OpenAI key to enable the clause assistant."""
import logging

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from openai import OpenAI, AuthenticationError

from .models import UserProfile

logger = logging.getLogger("clause_assistant.views")

FIELD_NAME = "openai_api_key"


@login_required
@require_POST
def save_key(request):
    submitted = request.POST.get(FIELD_NAME, "").strip()
    profile = UserProfile.objects.get(user=request.user)
    if not submitted:
        logger.info("user %s cleared field %s", request.user.pk, FIELD_NAME)
        profile.openai_api_key = ""
        profile.save()
        return JsonResponse({"ok": True})
    try:
        OpenAI(api_key=submitted).models.list()
    except AuthenticationError as exc:
        logger.info("user %s submitted an invalid key: %s", request.user.pk, submitted)
        return JsonResponse({"ok": False, "error": "OpenAI did not accept this key"}, status=400)
    profile.openai_api_key = submitted
    profile.save(update_fields=["openai_api_key"])
    logger.info("user %s saved key ****%s", request.user.pk, submitted[-4:])
    return JsonResponse({"ok": True, "hint": f"****{submitted[-4:]}"})


@login_required
def key_status(request):
    profile = UserProfile.objects.get(user=request.user)
    has_key = bool(profile.openai_api_key)
    return JsonResponse({"configured": has_key, "field": FIELD_NAME})


@login_required
@require_POST
def ask(request):
    profile = UserProfile.objects.get(user=request.user)
    if not profile.openai_api_key:
        return JsonResponse({"error": "add your OpenAI key first"}, status=400)
    client = OpenAI(api_key=profile.openai_api_key)
    q = request.POST["question"]
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=400,
                                         messages=[{"role": "user", "content": q}])
    if out.choices[0].finish_reason == "length":
        logger.warning("answer truncated at %d tokens", out.usage.completion_tokens)
    return JsonResponse({"answer": out.choices[0].message.content})
