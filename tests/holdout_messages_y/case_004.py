"""Django admin for chatbot deployments: an action that checks the ModelRed key works."""
import asyncio
import logging

from django.contrib import admin, messages

from modelred import AuthenticationError, ModelRed, ModelRedError

from bots.models import BotDeployment

log = logging.getLogger("bots.admin")


async def _check(api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.validate_api_key()


@admin.register(BotDeployment)
class BotDeploymentAdmin(admin.ModelAdmin):
    list_display = ("name", "tenant", "model_id", "key_prefix")
    actions = ["check_modelred_key"]

    @admin.display(description="key")
    def key_prefix(self, obj):
        return f"{obj.modelred_key[:6]}…"

    @admin.action(description="Check ModelRed key")
    def check_modelred_key(self, request, queryset):
        for bot in queryset:
            log.info("admin %s checking key %s for bot %s", request.user, bot.modelred_key, bot.pk)
            try:
                info = asyncio.run(_check(bot.modelred_key))
            except AuthenticationError:
                log.warning("bot %s: key rejected (prefix %s)", bot.pk, bot.modelred_key[:6])
                self.message_user(request, f"{bot.name}: key rejected", level=messages.ERROR)
                continue
            except ModelRedError as e:
                self.message_user(request, f"{bot.name}: ModelRed error: {e}", level=messages.ERROR)
                continue
            self.message_user(request, f"{bot.name}: key OK (plan {info.get('plan', '?')})")

    def save_model(self, request, obj, form, change):
        if "modelred_key" in form.changed_data:
            log.info("bot %s key changed by %s", obj.pk, request.user)
        super().save_model(request, obj, form, change)
