"""Permit application assistant: Django view helpers for the planning department."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views import View
import modelred as mr

logger = logging.getLogger("planning.permits")


def _modelred():
    return mr.ModelRedClient(api_key=settings.MODELRED_API_KEY)


class PermitModelView(View):
    """Staff-only view that registers the permit assistant with ModelRed."""

    def post(self, request):
        openai_key = settings.PERMITS_OPENAI_KEY
        display = request.POST.get("display_name", "Permit assistant")
        logger.info("registering permit model display=%s", display)
        client = _modelred()
        try:
            model = client.create_model(
                modelId="permit-assistant",
                provider="openai",
                displayName=display,
                providerConfig=mr.ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o", max_tokens=512),
            )
        except mr.ConflictError as e:
            logger.info("model exists already: %s", e)
            return JsonResponse({"ok": True, "existing": True})
        except mr.ValidationError as e:
            return JsonResponse({"ok": False, "error": str(e)}, status=400)
        except mr.ModelRedError as e:
            logger.error("create_model failed (%s)", getattr(e, "status_code", None))
            return JsonResponse({"ok": False, "error": "registration failed"}, status=502)
        return JsonResponse({"ok": True, "model": model.get("id")})


class PermitSettingsView(View):
    def get(self, request):
        cfg = {
            "model": "gpt-4o",
            "max_tokens": 512,
            "openai_key": settings.PERMITS_OPENAI_KEY,
        }
        logger.debug("permit settings: %s", cfg)
        public = {k: v for k, v in cfg.items() if k != "openai_key"}
        logger.debug("public settings: %s", public)
        return JsonResponse(public)
