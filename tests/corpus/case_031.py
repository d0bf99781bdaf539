"""Django views that start ModelRed assessments (SDK 0.1.2x)."""
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_GET, require_POST

from modelred import ModelRed, ModelRedError, ValidationError

_ID = re.compile(r"^[a-zA-Z0-9_-]+$")


def validate_model_id(model_id: str) -> str:
    if not model_id or len(model_id) > 50 or not _ID.match(model_id):
        raise ValidationError(f"Invalid model ID: {model_id}")
    return model_id


@require_POST
async def start(request):
    try:
        model_id = validate_model_id(request.POST.get("model_id", ""))
    except ValidationError:
        return HttpResponseBadRequest("invalid model id")
    suites = request.POST.getlist("suites")
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=suites,
                priority="normal",
            )
    except ModelRedError as exc:
        return JsonResponse({"error": f"Assessment failed: {exc}"}, status=502)
    return JsonResponse({"assessment_id": result.assessment_id}, status=201)


@require_GET
async def status(request, assessment_id):
    if not _ID.match(assessment_id):
        return HttpResponseBadRequest("invalid assessment id")
    try:
        async with ModelRed() as client:
            s = await client.get_assessment_status(assessment_id)
    except ModelRedError:
        return JsonResponse({"error": "Assessment lookup failed"}, status=502)
    return JsonResponse({"status": s.status, "progress": s.progress})
