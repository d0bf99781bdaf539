"""Report download endpoints (FastAPI + a Flask admin), generation 3 SDK."""
import logging

import sentry_sdk
from fastapi import APIRouter, HTTPException
from fastapi.responses import PlainTextResponse
from flask import Flask, abort
from modelred import APIError, ModelRed, NotFound, ServerError

router = APIRouter()
admin = Flask("admin")
log = logging.getLogger("reports")


def _client() -> ModelRed:
    from .deps import modelred_key
    return ModelRed(modelred_key())


@router.get("/reports/{assessment_id}")
def report(assessment_id: str):
    try:
        return _client().get_assessment(assessment_id).report
    except NotFound as e:
        raise HTTPException(404, str(e))
    except ServerError as e:
        sentry_sdk.capture_exception(e)
        return PlainTextResponse("report unavailable", status_code=502)
    except APIError as e:
        return PlainTextResponse(f"{e!s}", status_code=502)


@admin.get("/admin/packs/<pack_id>")
def admin_pack(pack_id: str):
    try:
        pack = _client().get_probe_pack(pack_id)
    except APIError as e:
        log.warning("pack %s: %s", pack_id, type(e).__name__)
        abort(502, description=str(e))
    return {"id": pack.id, "name": pack.name}
