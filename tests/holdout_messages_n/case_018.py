"""Django Ninja API for the internal red-team portal."""
import logging

from django.conf import settings
from ninja import NinjaAPI, Schema
from ninja.security import APIKeyHeader
import modelred

log = logging.getLogger("portal.api")


class PortalKey(APIKeyHeader):
    param_name = "X-Portal-Key"

    def authenticate(self, request, key):
        if key in settings.PORTAL_KEYS:
            return key
        log.warning("portal key rejected from %s: %s", request.META.get("REMOTE_ADDR"), key)
        return None


api = NinjaAPI(auth=PortalKey(), title="redteam-portal")


class StartIn(Schema):
    model_id: str
    probe_pack_ids: list[str]


def _client() -> modelred.ModelRed:
    return modelred.ModelRed(settings.MODELRED_API_KEY)


@api.post("/assessments", response={201: dict, 400: dict, 502: dict})
def start(request, payload: StartIn):
    try:
        job = _client().create_assessment(model_id=payload.model_id, probe_pack_ids=payload.probe_pack_ids)
    except modelred.ValidationFailed as exc:
        return 400, {"detail": exc.message}
    except modelred.APIError as exc:
        log.error("create_assessment failed: %r", exc)
        return 502, {"detail": type(exc).__name__}
    log.info("assessment %s by key ...%s", job.id, request.auth[-4:])
    return 201, {"id": job.id, "status": job.status}


@api.get("/assessments/{assessment_id}", response={200: dict, 502: dict})
def status(request, assessment_id: str):
    try:
        a = _client().get_assessment(assessment_id)
    except modelred.APIError as exc:
        log.warning("get_assessment %s: %s", assessment_id, exc)
        return 502, {"detail": "upstream unavailable"}
    return 200, {"id": a.id, "status": a.status}
