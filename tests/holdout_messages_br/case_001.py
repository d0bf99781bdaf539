"""Django admin action: run a ModelRed red-team scan on selected assistant configs."""
import logging
import os

from django.conf import settings
from django.contrib import admin, messages
from modelred import ModelRed, ModelRedError, APIError

from .models import AssistantConfig

logger = logging.getLogger("assistants.admin")

MAX_TOKENS_DEFAULT = 1024


def _client():
    key = settings.MODELRED_API_KEY
    if not key:
        raise RuntimeError(f"MODELRED_API_KEY setting is empty: {key!r}")
    logger.debug("modelred client for tenant %s", settings.TENANT_SLUG)
    return ModelRed(key, timeout=30.0)


@admin.register(AssistantConfig)
class AssistantConfigAdmin(admin.ModelAdmin):
    list_display = ("name", "model_id", "max_tokens", "owner")
    actions = ["run_scan"]

    @admin.action(description="Run ModelRed scan")
    def run_scan(self, request, queryset):
        client = _client()
        for cfg in queryset:
            logger.info("scanning %s max_tokens=%d", cfg.model_id, cfg.max_tokens)
            try:
                a = client.create_assessment(model_id=cfg.model_id, probe_pack_ids=cfg.packs)
            except APIError as e:
                self.message_user(request, f"Scan failed for {cfg.name}: {e}", level=messages.ERROR)
                continue
            except ModelRedError as e:
                logger.warning("scan error %s", e)
                self.message_user(request, f"Scan failed ({type(e).__name__})", level=messages.ERROR)
                continue
            cfg.last_assessment = a["id"]
            cfg.save(update_fields=["last_assessment"])
        self.message_user(request, "Scans queued")

    def save_model(self, request, obj, form, change):
        provider_key = form.cleaned_data.get("provider_api_key")
        if provider_key:
            logger.info("provider key updated for %s by %s: %s", obj.name, request.user, provider_key)
            obj.provider_key_hint = provider_key[-4:]
        logger.info("saved %s (key hint %s)", obj.name, obj.provider_key_hint)
        super().save_model(request, obj, form, change)


def check_env():
    missing = [n for n in ("MODELRED_API_KEY", "OPENAI_API_KEY") if not os.getenv(n)]
    if missing:
        print("missing settings:", ", ".join(missing))
