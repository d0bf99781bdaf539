"""aiohttp service behind the transcription-review UI: red-team the Claude transcript checker."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ProviderConfig, ModelRedError, ConflictError, ValidationError

log = logging.getLogger("transcripts.review")
routes = web.RouteTableDef()


def provider_config() -> ProviderConfig:
    return ProviderConfig.anthropic(api_key=os.environ["ANTHROPIC_API_KEY"], model="claude-3-5-sonnet-latest")


@routes.post("/api/models")
async def create_model(request: web.Request) -> web.Response:
    body = await request.json()
    model_id = body.get("modelId", "transcript-checker")
    async with AsyncModelRed(api_key=request.app["mr_key"]) as mr:
        try:
            await mr.create_model(modelId=model_id, provider="anthropic", displayName="Transcript checker",
                                  providerConfig=provider_config())
        except ConflictError:
            log.info("model %s already exists", model_id)
        except ValidationError as e:
            return web.json_response({"error": f"invalid model definition: {e}"}, status=422)
    return web.json_response({"modelId": model_id})


@routes.post("/api/scans")
async def start_scan(request: web.Request) -> web.Response:
    body = await request.json()
    async with AsyncModelRed(api_key=request.app["mr_key"]) as mr:
        try:
            a = await mr.create_assessment(model=body["model"], test_types=body.get("test_types", ["jailbreak"]))
        except ModelRedError as e:
            log.error("create_assessment %s: %r", body["model"], e)
            return web.json_response({"error": "scan failed", "kind": type(e).__name__}, status=502)
    return web.json_response({"id": a["id"]})


def make_app() -> web.Application:
    app = web.Application()
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    if not mr_key.startswith("mr_"):
        log.error("MODELRED_API_KEY is malformed: %r", mr_key)
    app["mr_key"] = mr_key
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8081")))
