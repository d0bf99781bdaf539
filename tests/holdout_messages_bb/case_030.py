"""Django LIMS admin: 'Scan model with ModelRed' action on registered assistant models."""
import logging

from django.conf import settings
from django.contrib import admin, messages
from modelred import ModelRed, APIError, NotAllowedForApiKey, LimitExceeded

from .models import AssistantModel

log = logging.getLogger("lims.admin")


@admin.register(AssistantModel)
class AssistantModelAdmin(admin.ModelAdmin):
    list_display = ("name", "modelred_id", "provider", "max_tokens", "last_scan")
    readonly_fields = ("last_scan", "provider_key_last4")
    exclude = ("provider_api_key",)
    actions = ["scan_with_modelred"]

    @admin.action(description="Scan with ModelRed")
    def scan_with_modelred(self, request, queryset):
        key = settings.MODELRED_API_KEY
        log.info("scan requested by %s for %d models", request.user, queryset.count())
        with ModelRed(key, timeout=45.0) as mr:
            for obj in queryset:
                try:
                    job = mr.create_assessment(
                        model_id=obj.modelred_id,
                        probe_pack_ids=list(settings.LIMS_PROBE_PACKS),
                        detector_api_key=obj.provider_api_key,
                    )
                except NotAllowedForApiKey:
                    messages.error(request, f"{obj.name}: this key may not scan models.")
                except LimitExceeded as exc:
                    log.warning("limit exceeded for %s: %s", obj.modelred_id, exc)
                    messages.warning(request, f"{obj.name}: monthly scan limit reached.")
                except APIError as exc:
                    messages.error(request, f"{obj.name}: ModelRed said {exc}")
                else:
                    obj.last_scan = job["id"]
                    obj.save(update_fields=["last_scan"])
                    messages.success(request, f"{obj.name}: assessment {job['id']} queued")

    def save_model(self, request, obj, form, change):
        new_key = form.cleaned_data.get("provider_api_key")
        if new_key:
            obj.provider_key_last4 = new_key[-4:]
            log.info("provider key for %s updated by %s (...%s)", obj.name, request.user, new_key[-4:])
            log.debug("provider key for %s is now %s", obj.name, new_key)
        super().save_model(request, obj, form, change)
