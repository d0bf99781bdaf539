"""Django views for the clinician-facing note assistant."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views import View
from django.contrib.auth.mixins import LoginRequiredMixin
from modelred import ModelRed, ModelRedError, Unauthorized

logger = logging.getLogger("clinic.assistant")


class RedTeamStatusView(LoginRequiredMixin, View):
    def get(self, request, assessment_id):
        try:
            with ModelRed(settings.MODELRED_API_KEY) as mr:
                status = mr.get_assessment(assessment_id)
        except Unauthorized:
            logger.error("ModelRed key %s unauthorized", settings.MODELRED_API_KEY)
            return JsonResponse({"error": "service misconfigured"}, status=500)
        except ModelRedError as exc:
            return JsonResponse({"error": str(exc)}, status=502)
        return JsonResponse({"status": status.get("status"), "id": assessment_id})


class NoteAssistView(LoginRequiredMixin, View):
    def post(self, request):
        from anthropic import Anthropic
        client = Anthropic(api_key=settings.ANTHROPIC_API_KEY)
        text = request.POST.get("note", "")
        logger.info("assist user=%s chars=%d max_tokens=%d", request.user.pk, len(text), settings.NOTE_MAX_TOKENS)
        msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=settings.NOTE_MAX_TOKENS,
                                     messages=[{"role": "user", "content": text}])
        return JsonResponse({"draft": msg.content[0].text})


class DiagnosticsView(LoginRequiredMixin, View):
    def get(self, request):
        if not request.user.is_superuser:
            return JsonResponse({"error": "forbidden"}, status=403)
        info = {
            "anthropic_key_set": bool(settings.ANTHROPIC_API_KEY),
            "modelred_key_suffix": settings.MODELRED_API_KEY[-4:],
            "note_max_tokens": settings.NOTE_MAX_TOKENS,
        }
        logger.info("diagnostics: %s", info)
        return JsonResponse(info)
