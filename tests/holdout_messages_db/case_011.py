"""Admin for chatbot personas: run a ModelRed scan from the changelist (gen 1)."""
import logging

from asgiref.sync import async_to_sync
from django.contrib import admin, messages

from modelred import ModelRed, ModelRedError, QuotaExceededError

from bots.models import Persona

logger = logging.getLogger(__name__)


async def _scan(model_id):
    async with ModelRed() as client:
        return await client.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="normal")


@admin.register(Persona)
class PersonaAdmin(admin.ModelAdmin):
    list_display = ("name", "modelred_model_id", "provider", "max_tokens")
    exclude = ("provider_api_key",)
    actions = ["run_scan"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "provider_api_key" in form.changed_data:
            logger.info("persona %s key changed by %s", obj.pk, request.user.username)
            logger.debug("persona %s new provider key %s", obj.pk, obj.provider_api_key)

    @admin.action(description="Run ModelRed scan")
    def run_scan(self, request, queryset):
        for persona in queryset:
            try:
                res = async_to_sync(_scan)(persona.modelred_model_id)
            except QuotaExceededError:
                self.message_user(request, "ModelRed quota exceeded; try tomorrow", level=messages.WARNING)
                return
            except ModelRedError as e:
                logger.error("scan failed for %s: %s", persona.name, e)
                self.message_user(request, f"{persona.name}: scan failed ({e})", level=messages.ERROR)
                continue
            self.message_user(request, f"{persona.name}: assessment {res['assessment_id']} queued")
