"""Forms and views for the "AI settings" page of a workspace."""
import logging

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from workspaces.models import AISettings

logger = logging.getLogger("workspaces.ai_settings")


class AISettingsForm(forms.ModelForm):
    openai_api_key = forms.CharField(widget=forms.PasswordInput(render_value=False), required=False)
    groq_api_key = forms.CharField(widget=forms.PasswordInput(attrs={"placeholder": "gsk_..."}), required=False)

    class Meta:
        model = AISettings
        fields = ("default_model", "max_tokens", "temperature", "openai_api_key", "groq_api_key")

    def clean_groq_api_key(self):
        value = self.cleaned_data.get("groq_api_key", "")
        if value and not value.startswith("gsk_"):
            raise forms.ValidationError(f"{value} is not a Groq API key")
        return value

    def clean_max_tokens(self):
        n = self.cleaned_data["max_tokens"]
        if n > 4096:
            raise forms.ValidationError(f"max_tokens {n} is above the 4096 limit")
        return n


@login_required
def ai_settings(request):
    obj, _ = AISettings.objects.get_or_create(workspace=request.user.workspace)
    if request.method == "POST":
        form = AISettingsForm(request.POST, instance=obj)
        if form.is_valid():
            saved = form.save()
            changed = ", ".join(form.changed_data)
            logger.info("workspace %s changed %s", saved.workspace_id, changed)
            messages.success(request, f"Saved. OpenAI key ends with {saved.openai_api_key[-4:]}")
            return redirect("ai-settings")
        logger.warning("invalid AI settings POST from %s: %s", request.user.pk, request.POST.dict())
    else:
        form = AISettingsForm(instance=obj)
    return render(request, "workspaces/ai_settings.html", {"form": form, "max_tokens": obj.max_tokens})
