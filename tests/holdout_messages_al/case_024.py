"""Case-worker translation desk: Django view that audits the translation model with ModelRed (gen 2)."""
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import redirect
from modelred import ModelRed, ModelRedError, ConflictError, ProviderConfig

logger = logging.getLogger(__name__)


def _mr():
    return ModelRed(api_key=settings.MODELRED_API_KEY)


@staff_member_required
def register_translator(request):
    provider_cfg = ProviderConfig.anthropic(api_key=settings.ANTHROPIC_API_KEY, model_name="claude-3-5-sonnet-latest")
    logger.debug("provider config for translator: %s", provider_cfg)
    try:
        _mr().create_model(modelId="casework-translator", provider="anthropic",
                           displayName="Casework translator", providerConfig=provider_cfg)
    except ConflictError:
        messages.info(request, "Translator model is already registered.")
    except ModelRedError as e:
        logger.error("create_model failed: %s", e)
        messages.error(request, "Could not register the translator model.")
    return redirect("admin:index")


@staff_member_required
def audit_translator(request):
    try:
        a = _mr().create_assessment(model="casework-translator", test_types=["pii", "bias"], priority="normal")
    except ModelRedError as e:
        messages.error(request, f"Audit failed: {e}")
        return redirect("admin:index")
    messages.success(request, f"Audit {a['id']} started")
    logger.info("audit %s started by %s", a["id"], request.user.username)
    return redirect("admin:index")
