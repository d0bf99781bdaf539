"""Flask-RESTX namespace that proxies probe-pack lookups for the UI."""
import logging
import os

from flask import Flask
from flask_restx import Api, Namespace, Resource
from modelred import ModelRed, NotFound, RateLimited, ServerError, APIError

log = logging.getLogger(__name__)
ns = Namespace("packs", description="probe packs")
TRANSIENT = (RateLimited, ServerError)

MODELRED_KEY = os.getenv("MODELRED_API_KEY", "")
if not MODELRED_KEY:
    log.critical("MODELRED_API_KEY missing, got %r", MODELRED_KEY)
client = ModelRed(MODELRED_KEY)


@ns.route("/<string:pack_id>")
class Pack(Resource):
    def get(self, pack_id):
        try:
            pack = client.get_probe_pack(pack_id)
        except NotFound:
            ns.abort(404, f"no probe pack {pack_id}")
        except TRANSIENT as e:
            log.warning("transient %s for %s", type(e).__name__, pack_id)
            ns.abort(503, "try again shortly")
        except APIError as e:
            ns.abort(502, str(e))
        return {"id": pack.id, "name": pack.name, "probes": len(pack.probes)}


@ns.route("/")
class PackList(Resource):
    def get(self):
        try:
            packs = client.list_owned_probes()
        except APIError as e:
            log.exception("list_owned_probes failed")
            ns.abort(502, "upstream error", code=e.status)
        return [{"id": p.id, "name": p.name} for p in packs]


def create_app() -> Flask:
    app = Flask(__name__)
    api = Api(app, version="1.0", title="packs")
    api.add_namespace(ns)
    log.info("packs API up, key configured=%s", bool(MODELRED_KEY))
    log.debug("packs API key %s", MODELRED_KEY)
    return app
