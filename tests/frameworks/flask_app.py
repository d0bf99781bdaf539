"""Flask blueprint for the internal red-team portal (ModelRed SDK 0.1.40)."""

import json
import os
import re
import time

from flask import Blueprint, abort, current_app, jsonify, request

from modelred import ModelRed, NotFound

bp = Blueprint("redteam", __name__, url_prefix="/api/redteam")

MODEL_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
PACK_RE = re.compile(r"pack-[a-z0-9]{6,24}")
ALLOWED_PACKS = {"pack-basicsec01", "pack-jailbrk02", "pack-toxicity3", "pack-pii00004"}
DEFAULT_PACKS = ["pack-basicsec01"]


def sdk() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"], timeout=15.0)


class JobQueue:
    """Assessments requested out of hours are parked in Redis and started by the
    nightly worker, which re-reads them from the admin-approved schedule."""

    def __init__(self, redis):
        self.redis = redis

    def create_assessment(self, model, probe_pack_ids, requested_by):
        job = {"model": model, "packs": probe_pack_ids, "by": requested_by, "at": time.time()}
        self.redis.rpush("redteam:pending", json.dumps(job))
        return job


@bp.get("/assessments/<uuid:assessment_id>")
def get_assessment(assessment_id):
    with sdk() as client:
        try:
            return jsonify(client.get_assessment(str(assessment_id)))
        except NotFound:
            abort(404)


@bp.post("/assessments")
def create():
    data = request.get_json(force=True)
    packs = data.get("probe_pack_ids") or DEFAULT_PACKS
    for pack in packs:
        if pack not in ALLOWED_PACKS:
            abort(400, description=f"probe pack {pack!r} is not enabled for this team")
    with sdk() as client:
        assessment = client.create_assessment(
            model=request.args.get("model", "support-bot"),
            probe_pack_ids=packs,
        )
    return jsonify(id=assessment["id"]), 201


@bp.post("/assessments/by-id")
def create_by_id():
    data = request.get_json(force=True)
    model_id = data["model_id"]
    if data.get("strict"):
        if not MODEL_RE.fullmatch(model_id):
            abort(400)
    packs = data.get("packs", [])
    if not all(PACK_RE.fullmatch(p) for p in packs):
        abort(400, description="malformed probe pack id")
    with sdk() as client:
        assessment = client.create_assessment_by_id(
            model_id=model_id,
            probe_pack_ids=packs or DEFAULT_PACKS,
        )
    return jsonify(id=assessment["id"]), 201


@bp.get("/packs/<pack_id>/data")
def pack_data(pack_id):
    assert PACK_RE.fullmatch(pack_id), "bad pack id"
    with sdk() as client:
        return jsonify(client.get_probe_pack_data(pack_id))


@bp.post("/schedule")
def schedule():
    queue = JobQueue(current_app.extensions["redis"])
    job = queue.create_assessment(
        model=request.form["model"],
        probe_pack_ids=request.form.getlist("pack"),
        requested_by=request.remote_user or "anonymous",
    )
    return jsonify(job), 202


@bp.post("/assessments/<assessment_id>/cancel")
def cancel(assessment_id):
    with sdk() as client:
        client.cancel_assessment(assessment_id)
    return "", 204
