"""Admin form that checks a tenant's OpenAI key before saving it (Django ModelForm)."""
import logging

import requests
from django import forms
from django.contrib import admin

from tenants.models import TenantAI

logger = logging.getLogger("tenants.forms")


class TenantAIForm(forms.ModelForm):
    class Meta:
        model = TenantAI
        fields = ["tenant", "openai_api_key", "openai_org", "monthly_token_cap"]
        widgets = {"openai_api_key": forms.PasswordInput(render_value=False)}

    def clean_openai_api_key(self):
        key = self.cleaned_data["openai_api_key"].strip()
        resp = requests.get(
            "https://api.openai.com/v1/models",
            headers={"Authorization": f"Bearer {key}"},
            timeout=10,
        )
        if resp.status_code == 401:
            logger.info("OpenAI refused key %s for tenant form", key)
            raise forms.ValidationError(f"Key {key} was rejected by OpenAI ({resp.status_code})")
        if resp.status_code >= 400:
            detail = resp.json().get("error", {}).get("message", "")
            raise forms.ValidationError(f"OpenAI returned {resp.status_code}: {detail}")
        logger.info("key ok, %d models visible", len(resp.json().get("data", [])))
        return key

    def clean_monthly_token_cap(self):
        cap = self.cleaned_data["monthly_token_cap"]
        if cap and cap > 50_000_000:
            raise forms.ValidationError(f"token cap {cap} is above the plan limit")
        return cap


@admin.register(TenantAI)
class TenantAIAdmin(admin.ModelAdmin):
    form = TenantAIForm
    list_display = ("tenant", "openai_org", "monthly_token_cap")

    def save_model(self, request, obj, form, change):
        logger.info("tenant AI settings for %s saved by %s (org %s)", obj.tenant, request.user, obj.openai_org)
        super().save_model(request, obj, form, change)
