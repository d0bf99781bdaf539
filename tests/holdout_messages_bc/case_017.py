"""Home-valuation (AVM) microservice, aiohttp, with an LLM narrative."""
import logging
import os

from aiohttp import web
import google.generativeai as genai
from modelred import AsyncModelRed, APIError, ValidationFailed

routes = web.RouteTableDef()
access_log = logging.getLogger("avm.access")

GOOGLE_API_KEY = os.environ["GOOGLE_API_KEY"]
genai.configure(api_key=GOOGLE_API_KEY)
MODEL_NAME = "gemini-1.5-flash"


@routes.post("/avm")
async def avm(request: web.Request):
    body = await request.json()
    comps = body.get("comps", [])
    est = sum(c["price_per_sqft"] for c in comps) / max(len(comps), 1) * body["sqft"]
    model = genai.GenerativeModel(MODEL_NAME)
    out = await model.generate_content_async(f"Explain a valuation of ${est:,.0f} given comps {comps}")
    access_log.info("avm for %s est=%.0f model=%s", body.get("address"), est, MODEL_NAME)
    return web.json_response({"estimate": est, "narrative": out.text})


@routes.post("/admin/scan")
async def scan(request: web.Request):
    token = request.headers.get("X-Admin-Token", "")
    if token != os.environ["AVM_ADMIN_TOKEN"]:
        access_log.warning("rejected admin token %r from %s", token, request.remote)
        raise web.HTTPUnauthorized(text="bad token")
    payload = await request.json()
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = await mr.create_assessment(model_id=payload["model_id"], probe_pack_ids=payload["packs"])
        except ValidationFailed as e:
            return web.json_response({"error": "invalid request", "details": str(e)}, status=400)
        except APIError as e:
            access_log.error("scan failed: %r", e)
            return web.json_response({"error": "scan failed"}, status=502)
    return web.json_response({"assessment_id": a["id"]})


def make_app():
    app = web.Application()
    app.add_routes(routes)
    access_log.info("google key configured, length %d", len(GOOGLE_API_KEY))
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if os.environ.get("AVM_DEBUG"):
        print("GOOGLE_API_KEY", GOOGLE_API_KEY)
    web.run_app(make_app(), port=8090)
