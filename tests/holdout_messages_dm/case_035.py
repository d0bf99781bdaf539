"""Azure Function (HTTP, async): ModelRed probe-pack browser for the internal portal (generation 3)."""
import json
import logging
import os

import azure.functions as func
from modelred import AsyncModelRed, NotFound, Forbidden, ModelRedError

app = func.FunctionApp(http_auth_level=func.AuthLevel.ANONYMOUS)
logger = logging.getLogger("probe-browser")

PORTAL_ORIGIN = os.environ.get("PORTAL_ORIGIN", "https://portal.acme.example")


def _key_from_request(req: func.HttpRequest) -> str:
    return req.headers.get("x-modelred-key") or os.environ.get("MODELRED_API_KEY", "")


@app.route(route="packs/{pack_id}", methods=["GET"])
async def get_pack(req: func.HttpRequest) -> func.HttpResponse:
    pack_id = req.route_params.get("pack_id", "")
    api_key = _key_from_request(req)
    logger.info("pack %s requested from %s (caller key supplied: %s)", pack_id, req.headers.get("origin"), "x-modelred-key" in req.headers)
    if not api_key:
        return func.HttpResponse("no ModelRed key", status_code=401)
    try:
        async with AsyncModelRed(api_key, timeout=10.0) as client:
            pack = await client.get_probe_pack(pack_id)
            data = await client.get_probe_pack_data(pack_id)
    except NotFound:
        return func.HttpResponse("no such pack", status_code=404)
    except Forbidden as exc:
        logger.warning("key %s may not read pack %s", api_key, pack_id)
        return func.HttpResponse("forbidden", status_code=403)
    except ModelRedError as exc:
        return func.HttpResponse(json.dumps({"error": str(exc)}), status_code=502, mimetype="application/json")
    logger.info("pack %s has %d probes", pack_id, len(data.get("probes", [])))
    body = {"id": pack_id, "name": pack.get("name"), "probes": data.get("probes", [])[:50]}
    return func.HttpResponse(json.dumps(body), mimetype="application/json", headers={"Access-Control-Allow-Origin": PORTAL_ORIGIN})


@app.route(route="whoami", methods=["GET"])
async def whoami(req: func.HttpRequest) -> func.HttpResponse:
    api_key = _key_from_request(req)
    if not api_key.startswith("mr_"):
        raise ValueError(f"x-modelred-key is not a ModelRed key: {api_key}")
    async with AsyncModelRed(api_key) as client:
        models = await client.list_models()
    return func.HttpResponse(json.dumps({"models": len(models)}), mimetype="application/json")
