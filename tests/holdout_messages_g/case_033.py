"""Django views exposing ModelRed model management to the admin UI (generation 2)."""
import logging

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRed, ModelRedError

logger = logging.getLogger(__name__)


def _client() -> ModelRed:
    return ModelRed(api_key=settings.MODELRED_API_KEY)


def model_detail(request, model_identifier: str):
    try:
        model = _client().get_model(model_identifier)
    except ModelRedError as exc:
        logger.warning("get_model(%s) failed: %s", model_identifier, exc)
        return JsonResponse({"error": "model lookup failed"}, status=502)
    return JsonResponse(model)


@require_POST
def create_model(request):
    data = request.POST
    try:
        created = _client().create_model(modelId=data["model_id"], provider=data["provider"], displayName=data.get("name", data["model_id"]))
    except ModelRedError as exc:
        return JsonResponse({"error": exc.message, "code": getattr(exc, "status_code", None)}, status=400)
    logger.info("created model %s", created.get("id"))
    return JsonResponse(created, status=201)


def probes(request):
    try:
        data = _client().list_probes()
    except Exception as exc:
        logger.exception("list_probes failed")
        return JsonResponse({"error": "probe listing unavailable"}, status=502)
    if settings.DEBUG:
        logger.debug("modelred key in use: %s", settings.MODELRED_API_KEY)
    return JsonResponse({"probes": data})
