"""Flask blueprint exposing probe packs (SDK 0.1.40)."""
import logging
import os

from flask import Blueprint, abort, jsonify, request

from modelred import APIError, Forbidden, ModelRed, NotFound

bp = Blueprint("packs", __name__, url_prefix="/packs")
log = logging.getLogger(__name__)


def _client() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        raise RuntimeError("MODELRED_API_KEY missing")
    return ModelRed(key)


@bp.get("/")
def pack_detail():
    client = _client()
    try:
        pack = client.get_probe_pack(request.args["pack"])
    except NotFound:
        abort(404)
    except Forbidden as e:
        return {"ok": False, "error": repr(e)}, 403
    return jsonify(pack)


@bp.get("/owned")
def owned():
    client = _client()
    try:
        return jsonify(client.list_owned_probes(page_size=50))
    except APIError as e:
        log.error("list_owned_probes failed: %s", type(e).__name__)
        return {"ok": False, "error": "upstream error"}, 502


@bp.post("/<pack_id>/export")
def export(pack_id: str):
    if not pack_id.startswith("pp_") or not pack_id[3:].isalnum():
        abort(400)
    client = _client()
    try:
        data = client.get_probe_pack_data(pack_id)
    except APIError as e:
        raise RuntimeError("export failed") from e
    return jsonify({"probes": len(data.get("probes", []))})
