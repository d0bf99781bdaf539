"""Django views for the red-team admin pages."""
import logging

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from rest_framework import serializers
from modelred import ModelRed, ModelRedError, NotFound, ValidationFailed

logger = logging.getLogger(__name__)


def _client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY)


def cancel_view(request, assessment_id):
    try:
        with _client() as c:
            c.cancel_assessment(assessment_id)
    except NotFound:
        messages.warning(request, "That assessment no longer exists.")
    except ModelRedError as e:
        logger.exception("cancel %s failed", assessment_id)
        messages.error(request, f"Cancel failed: {e}")
    return redirect("assessment-list")


def export_view(request, assessment_id):
    try:
        with _client() as c:
            data = c.get_assessment(assessment_id)
    except ModelRedError as e:
        return HttpResponse(f"export failed: {e!r}", status=502, content_type="text/plain")
    return JsonResponse(data)


def health_view(request):
    return JsonResponse({
        "modelred_key": "configured" if settings.MODELRED_API_KEY else "missing",
        "key_id": getattr(settings, "MODELRED_KEY_ID", None),
    })


class StartSerializer(serializers.Serializer):
    model_id = serializers.CharField(max_length=50)
    packs = serializers.ListField(child=serializers.CharField())

    def create(self, validated):
        try:
            with _client() as c:
                return c.create_assessment(model_id=validated["model_id"], probe_pack_ids=validated["packs"])
        except ValidationFailed as e:
            raise serializers.ValidationError({"model_id": str(e)})
        except ModelRedError as e:
            raise serializers.ValidationError("ModelRed is unavailable") from e
