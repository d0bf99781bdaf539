"""DRF view starting an assessment with a per-request detector key (gen 3, legacy kwargs)."""
import logging

from rest_framework import status
from rest_framework.generics import GenericAPIView
from rest_framework.response import Response

from modelred import ModelRed, APIError, Forbidden, ValidationFailed

from teams.keys import modelred_key_for

logger = logging.getLogger("assessments.detector")


class StartWithDetector(GenericAPIView):
    def post(self, request):
        data = request.data
        model_id = data.get("model_id", "")
        packs = data.get("probe_pack_ids") or ["pk_default"]
        detector_key = data.get("detector_api_key") or request.user.team.openai_api_key
        kwargs = {
            "model_id": model_id,
            "probe_pack_ids": packs,
            "priority": data.get("priority", "normal"),
            "detector_api_key": detector_key,
        }
        logger.info("starting %s with packs=%s priority=%s", model_id, packs, kwargs["priority"])
        logger.debug("create_assessment kwargs: %s", kwargs)
        with ModelRed(modelred_key_for(request.user.team), timeout=20.0) as client:
            try:
                created = client.create_assessment(**kwargs)
            except Forbidden as exc:
                logger.warning("forbidden for team %s: %s", request.user.team_id, exc)
                return Response({"detail": "not allowed"}, status=status.HTTP_403_FORBIDDEN)
            except ValidationFailed as exc:
                return Response({"detail": f"{exc}"}, status=status.HTTP_400_BAD_REQUEST)
            except APIError as exc:
                return Response({"detail": "upstream error", "code": exc.status_code}, status=502)
        return Response({"id": created["id"], "model_id": model_id}, status=status.HTTP_201_CREATED)


def log_detector_usage(team, usage):
    logger.info("team %s detector used %s tokens", team.slug, usage.get("total_tokens"))
