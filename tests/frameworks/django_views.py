"""redteam/views.py: Django + DRF views that drive ModelRed assessments."""

import logging
import re

from django.conf import settings
from django.http import Http404, JsonResponse
from django.urls import path
from django.views.decorators.http import require_GET
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from modelred import ModelRed, NotFound

logger = logging.getLogger(__name__)

PACK_CHOICES = ["pack-basicsec01", "pack-jailbrk02", "pack-toxicity3"]
ASSESSMENT_RE = re.compile(r"[0-9a-f-]{36}")


def modelred_client() -> ModelRed:
    return ModelRed(settings.MODELRED_API_KEY, max_retries=2)


class AssessmentSerializer(serializers.Serializer):
    model = serializers.RegexField(regex=r"^[a-z0-9][a-z0-9._-]{0,63}$", max_length=64)
    probe_pack_ids = serializers.ListField(child=serializers.ChoiceField(choices=PACK_CHOICES), min_length=1)
    priority = serializers.ChoiceField(choices=["low", "normal", "high"], default="normal")


class AdhocSerializer(serializers.Serializer):
    model = serializers.CharField(max_length=64)
    probe_pack_ids = serializers.ListField(child=serializers.CharField())


class AssessmentListView(APIView):
    def post(self, request):
        serializer = AssessmentSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        with modelred_client() as client:
            assessment = client.create_assessment(
                model=data["model"],
                probe_pack_ids=data["probe_pack_ids"],
                priority=data["priority"],
            )
        return Response({"id": assessment["id"]}, status=status.HTTP_201_CREATED)


class AdhocAssessmentView(APIView):
    """Lets on-call engineers run packs that are not in the catalogue yet."""

    def post(self, request):
        serializer = AdhocSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        with modelred_client() as client:
            assessment = client.create_assessment(
                model=serializer.validated_data["model"],
                probe_pack_ids=serializer.validated_data["probe_pack_ids"],
            )
        return Response({"id": assessment["id"]}, status=status.HTTP_201_CREATED)


class AssessmentDetailView(APIView):
    def delete(self, request, assessment_id):
        if not ASSESSMENT_RE.fullmatch(assessment_id):
            logger.warning("cancel requested for odd id %s by %s", assessment_id, request.user)
        with modelred_client() as client:
            client.cancel_assessment(assessment_id)
        return Response(status=status.HTTP_204_NO_CONTENT)

    def get(self, request, assessment_id):
        if not ASSESSMENT_RE.fullmatch(assessment_id):
            return Response({"detail": "invalid id"}, status=status.HTTP_400_BAD_REQUEST)
        with modelred_client() as client:
            return Response(client.get_assessment(assessment_id))


@require_GET
def probe_pack(request):
    pack = request.GET.get("pack", PACK_CHOICES[0])
    with modelred_client() as client:
        try:
            return JsonResponse(client.get_probe_pack(pack))
        except NotFound:
            raise Http404("no such probe pack")


@require_GET
def assessment_summary(request, assessment_id):
    # <uuid:...> in the URL pattern below: Django hands us a uuid.UUID or a 404.
    with modelred_client() as client:
        assessment = client.get_assessment(str(assessment_id))
    return JsonResponse({"status": assessment["status"], "score": assessment.get("score")})


urlpatterns = [
    path("assessments/", AssessmentListView.as_view()),
    path("assessments/adhoc/", AdhocAssessmentView.as_view()),
    path("assessments/<str:assessment_id>/", AssessmentDetailView.as_view()),
    path("assessments/<uuid:assessment_id>/summary/", assessment_summary),
    path("packs/", probe_pack),
]
