"""Django views for the red-team dashboard (generation 2 SDK)."""
import logging

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST
from modelred import ModelRedClient, ModelRedError, NotFoundError

logger = logging.getLogger(__name__)


def _client() -> ModelRedClient:
    logger.debug("modelred client for key %s", settings.MODELRED_API_KEY)
    return ModelRedClient(api_key=settings.MODELRED_API_KEY)


@login_required
def assessment_detail(request, assessment_id: str):
    client = _client()
    try:
        data = client.get_assessment(assessment_id)
    except NotFoundError:
        return JsonResponse({"detail": "not found"}, status=404)
    except ModelRedError as exc:
        return JsonResponse({"detail": f"upstream failure: {exc}"}, status=502)
    logger.info("user %s viewed %s", request.user.pk, assessment_id)
    return JsonResponse(data)


@require_POST
@login_required
def start(request):
    model = request.POST.get("model", "")
    client = _client()
    try:
        created = client.create_assessment(model=model, test_types=["prompt_injection"], priority="high")
    except ModelRedError as exc:
        logger.warning("create failed for %s: %s", model, exc)
        return JsonResponse({"detail": "could not start assessment"}, status=502)
    return JsonResponse({"id": created["id"]}, status=201)
