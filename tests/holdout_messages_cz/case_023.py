"""Django views for the billing-dispute assistant used by the meter-to-cash team."""
import json
import logging

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_POST
from modelred import AsyncModelRed, ConflictError, ModelRedError, NotFoundError, ProviderConfig

logger = logging.getLogger(__name__)


def _client() -> AsyncModelRed:
    return AsyncModelRed(api_key=settings.MODELRED_API_KEY)


@require_POST
async def register_dispute_model(request: HttpRequest) -> JsonResponse:
    body = json.loads(request.body)
    provider_key = body.get("provider_api_key", "")
    model_id = body.get("model_id", "dispute-drafter")
    logger.info("register %s by %s (provider key supplied: %s)", model_id, request.user, bool(provider_key))
    cfg = ProviderConfig.anthropic(api_key=provider_key, model_name=body.get("model_name", "claude-3-5-sonnet-latest"))
    try:
        async with _client() as mr:
            await mr.create_model(modelId=model_id, provider="anthropic", displayName="Dispute drafter", providerConfig=cfg)
    except ConflictError:
        return JsonResponse({"error": "model already registered"}, status=409)
    except NotFoundError as exc:
        logger.warning("register %s: %s", model_id, exc)
        return JsonResponse({"error": "not found"}, status=404)
    except ModelRedError as exc:
        logger.error("register %s failed with provider key %s", model_id, provider_key)
        return JsonResponse({"error": f"ModelRed said: {exc}"}, status=502)
    return JsonResponse({"registered": model_id})


@require_POST
async def start_scan(request: HttpRequest) -> JsonResponse:
    model_id = json.loads(request.body).get("model_id", "dispute-drafter")
    async with _client() as mr:
        job = await mr.create_assessment(model=model_id, test_types=["pii_leakage", "prompt_injection"], priority="normal")
    logger.info("scan %s queued for %s", job["id"], model_id)
    return JsonResponse({"assessment": job["id"]})


def settings_report() -> dict:
    report = {"MODELRED_API_KEY": bool(getattr(settings, "MODELRED_API_KEY", ""))}
    logger.info("ModelRed settings: %s, max_tokens=%s", report, settings.DISPUTE_MAX_TOKENS)
    logger.debug("ModelRed key from settings ends %s", settings.MODELRED_API_KEY[-4:])
    return report
