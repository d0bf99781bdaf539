"""DRF serializer + viewset starting gen-1 assessments through async_to_sync."""
import logging

from asgiref.sync import async_to_sync
from rest_framework import mixins, serializers, viewsets

from modelred import ModelRed, ModelRedError, ValidationError as MRValidationError, TierRestrictedError

from assessments.models import Assessment
from teams.keys import modelred_key_for

logger = logging.getLogger("assessments.api")

ALLOWED_SUITES = {"basic_security", "prompt_injection", "jailbreak", "toxicity"}


async def _start(api_key, model_id, suites):
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, priority="normal")


class AssessmentCreateSerializer(serializers.ModelSerializer):
    test_suites = serializers.ListField(child=serializers.CharField())

    class Meta:
        model = Assessment
        fields = ("id", "model_id", "test_suites", "status")
        read_only_fields = ("id", "status")

    def validate_test_suites(self, value):
        unknown = set(value) - ALLOWED_SUITES
        if unknown:
            raise serializers.ValidationError(f"unknown suites: {', '.join(sorted(unknown))}")
        return value

    def create(self, validated):
        team = self.context["request"].user.team
        key = modelred_key_for(team)
        if not key.startswith("mr_"):
            raise serializers.ValidationError(f"team {team.slug} has a malformed ModelRed key {key}")
        try:
            res = async_to_sync(_start)(key, validated["model_id"], validated["test_suites"])
        except TierRestrictedError as exc:
            logger.info("tier restriction for %s: %s", team.slug, exc)
            raise serializers.ValidationError("your plan does not include these suites")
        except (MRValidationError, ModelRedError) as exc:
            raise serializers.ValidationError(str(exc))
        return Assessment.objects.create(team=team, model_id=validated["model_id"],
                                         modelred_id=res["assessment_id"], status="QUEUED")


class AssessmentViewSet(mixins.CreateModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    serializer_class = AssessmentCreateSerializer

    def get_queryset(self):
        return Assessment.objects.filter(team=self.request.user.team)

    def perform_create(self, serializer):
        obj = serializer.save()
        logger.info("assessment %s created (%s)", obj.pk, obj.modelred_id)
