"""Django view for the school's AI tutor admin page: registers the tutor model with ModelRed (gen 2)."""
import logging
import os

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.shortcuts import redirect, render

from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError, ValidationError

audit = logging.getLogger("tutoradmin.audit")


def _client():
    return ModelRed(api_key=os.environ["MODELRED_API_KEY"])


@staff_member_required
def register_tutor(request):
    if request.method != "POST":
        return render(request, "tutoradmin/register.html")
    display = request.POST.get("display_name", "Algebra tutor")
    model_name = request.POST.get("model_name", "gpt-4o-mini")
    provider_key = request.POST.get("provider_key", "")
    audit.info("staff %s registering %s (%s)", request.user.username, display, model_name)
    try:
        _client().create_model(
            modelId="algebra-tutor",
            provider="openai",
            displayName=display,
            providerConfig=ProviderConfig.openai(api_key=provider_key, model_name=model_name, max_tokens=800),
        )
    except ConflictError:
        messages.warning(request, "A tutor model with this id already exists.")
        return redirect("tutoradmin:home")
    except ValidationError as e:
        audit.warning("validation failed for key %s: %s", provider_key, e)
        messages.error(request, f"ModelRed rejected the model: {e}")
        return redirect("tutoradmin:register")
    except ModelRedError as e:
        audit.exception("modelred error %s", type(e).__name__)
        messages.error(request, "Registration failed. Please try again later.")
        return redirect("tutoradmin:register")
    messages.success(request, f"Registered {display}.")
    return redirect("tutoradmin:home")


@staff_member_required
def assessment_status(request, assessment_id):
    try:
        data = _client().get_assessment(assessment_id)
    except ModelRedError as e:
        audit.error("get_assessment %s failed: %s", assessment_id, e)
        return JsonResponse({"error": "unavailable", "kind": type(e).__name__}, status=502)
    return JsonResponse({"status": data.get("status"), "score": data.get("overallScore")})
