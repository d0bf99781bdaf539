"""Template views for registering HF models with ModelRed (gen 1, via async_to_sync)."""
import logging
import os

from asgiref.sync import async_to_sync
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect, render

from modelred import ModelRed, ModelRedError, ValidationError as MRValidationError, ConflictError

logger = logging.getLogger("models_ui.views")

HF_ENV = "HUGGINGFACE_API_TOKEN"


async def _register(model_id, hf_model, hf_token):
    async with ModelRed(api_key=os.environ.get("MODELRED_API_KEY")) as client:
        return await client.register_huggingface_model(model_id=model_id, model_name=hf_model, api_key=hf_token)


@permission_required("models_ui.add_model")
def register_hf(request):
    if request.method != "POST":
        return render(request, "models_ui/register_hf.html", {"env_name": HF_ENV})
    model_id = request.POST.get("model_id", "").strip()
    hf_model = request.POST.get("hf_model", "").strip()
    hf_token = request.POST.get("hf_token") or os.environ.get(HF_ENV, "")
    if hf_token and not hf_token.startswith("hf_"):
        raise ValueError(f"Hugging Face tokens start with hf_, got {hf_token}")
    try:
        async_to_sync(_register)(model_id, hf_model, hf_token)
    except ConflictError:
        messages.warning(request, f"{model_id} is already registered")
        return redirect("models-list")
    except MRValidationError as exc:
        messages.error(request, f"ModelRed rejected the model: {exc}")
        return redirect("models-register-hf")
    except ModelRedError as exc:
        logger.exception("register_hf failed for %s", model_id)
        messages.error(request, "Registration failed, please try again later.")
        return redirect("models-register-hf")
    logger.info("registered %s from %s (token ...%s)", model_id, hf_model, hf_token[-4:])
    messages.success(request, f"{model_id} registered")
    return redirect("models-list")
