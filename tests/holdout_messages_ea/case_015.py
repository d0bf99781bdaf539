"""keys/admin.py: Django admin for stored ModelRed keys, with a validation action (SDK gen 2)."""
import logging

from django import forms
from django.contrib import admin, messages
from modelred import ModelRedClient, ModelRedError

from .models import StoredKey

logger = logging.getLogger("keys.admin")


class StoredKeyForm(forms.ModelForm):
    class Meta:
        model = StoredKey
        fields = ["name", "owner", "key", "max_tokens"]
        widgets = {"key": forms.PasswordInput(render_value=False)}

    def clean_key(self):
        key = self.cleaned_data["key"]
        if not key.startswith("mr_") or len(key) < 12:
            raise forms.ValidationError(f"{key} is not a ModelRed key (expected mr_…)")
        return key

    def clean_max_tokens(self):
        value = self.cleaned_data["max_tokens"]
        if value > 32000:
            raise forms.ValidationError(f"max_tokens {value} exceeds 32000")
        return value


@admin.register(StoredKey)
class StoredKeyAdmin(admin.ModelAdmin):
    form = StoredKeyForm
    list_display = ("name", "owner", "masked_key", "last_validated")
    search_fields = ("name", "owner__email")
    actions = ["validate_keys"]

    @admin.display(description="Key")
    def masked_key(self, obj):
        return f"{obj.key[:3]}…{obj.key[-4:]}" if obj.key else "-"

    @admin.action(description="Validate selected keys against ModelRed")
    def validate_keys(self, request, queryset):
        ok = 0
        for obj in queryset:
            logger.info("validating stored key %s for %s", obj.key, obj.owner)
            try:
                ModelRedClient(api_key=obj.key).list_probes()
                ok += 1
            except ModelRedError as exc:
                logger.warning("key %s (%s) failed validation: %s", obj.pk, obj.name, exc)
                self.message_user(request, f"{obj.name}: {type(exc).__name__}", level=messages.ERROR)
        self.message_user(request, f"{ok} of {queryset.count()} keys valid")
