"""DRF endpoint the moderation console uses to red-team the auto-reply model."""
import logging

from django.conf import settings
from rest_framework import serializers, status
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response
from rest_framework.views import APIView
from modelred import ModelRed, APIError, NotAllowedForApiKey, ValidationFailed

logger = logging.getLogger("console.redteam")


class ScanRequest(serializers.Serializer):
    model_id = serializers.RegexField(r"^[a-z0-9-]{3,48}$")
    packs = serializers.ListField(child=serializers.SlugField(), min_length=1, max_length=5)
    priority = serializers.ChoiceField(choices=["low", "normal", "high"], default="normal")


def scan_kwargs(data: dict) -> dict:
    kwargs = {"model_id": data["model_id"], "probe_pack_ids": data["packs"], "priority": data["priority"]}
    detector_key = getattr(settings, "DETECTOR_OPENAI_KEY", None)
    if detector_key:
        kwargs["detector_api_key"] = detector_key  # ignored by the current SDK, kept for the old one
    return kwargs


class RedTeamView(APIView):
    permission_classes = [IsAdminUser]

    def post(self, request):
        ser = ScanRequest(data=request.data)
        ser.is_valid(raise_exception=True)
        kwargs = scan_kwargs(ser.validated_data)
        logger.info("scan %s packs=%s priority=%s", kwargs["model_id"], kwargs["probe_pack_ids"], kwargs["priority"])
        logger.debug("create_assessment kwargs %s", kwargs)
        try:
            with ModelRed(settings.MODELRED_API_KEY, timeout=20.0) as client:
                run = client.create_assessment(**kwargs)
        except NotAllowedForApiKey as e:
            logger.error("key not allowed: %s", e)
            return Response({"detail": "This workspace key cannot start scans."}, status=status.HTTP_403_FORBIDDEN)
        except ValidationFailed as e:
            return Response({"detail": str(e)}, status=status.HTTP_400_BAD_REQUEST)
        except APIError as e:
            logger.error("modelred %s", getattr(e, "status_code", "?"))
            return Response({"detail": "scan failed"}, status=status.HTTP_502_BAD_GATEWAY)
        return Response({"assessment": run.id}, status=status.HTTP_201_CREATED)


def check_settings() -> None:
    key = getattr(settings, "MODELRED_API_KEY", "")
    if not key.startswith("mr_") or len(key) < 12:
        raise ValueError("settings.MODELRED_API_KEY is malformed: %s" % key)
    logger.info("MODELRED_API_KEY configured (%d chars)", len(key))
