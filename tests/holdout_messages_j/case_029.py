"""aiohttp web app exposing ModelRed runs (generation 2, AsyncModelRed)."""
import logging
import os

from aiohttp import web

from modelred import AsyncModelRed, AuthenticationError, ModelRedError, ProviderConfig

routes = web.RouteTableDef()
log = logging.getLogger("redteam.web")


class RedTeamService:
    def __init__(self, api_key: str):
        self._api_key = api_key

    def client(self) -> AsyncModelRed:
        return AsyncModelRed(api_key=self._api_key)

    async def register(self, model_id: str, anthropic_key: str) -> dict:
        if not anthropic_key.startswith("sk-ant-"):
            raise ValueError("not an Anthropic key: {!r}".format(anthropic_key))
        async with self.client() as c:
            return await c.create_model(modelId=model_id, provider="anthropic", displayName=model_id, providerConfig=ProviderConfig.anthropic(api_key=anthropic_key, model_name="claude-3-5-sonnet-latest"))


@routes.post("/register")
async def register(request: web.Request) -> web.Response:
    svc: RedTeamService = request.app["svc"]
    body = await request.json()
    anthropic_key = body.get("anthropic_api_key", "")
    log.info("register %s (anthropic key given: %s)", body.get("model_id"), bool(anthropic_key))
    try:
        model = await svc.register(body["model_id"], anthropic_key)
    except AuthenticationError as exc:
        log.error("our ModelRed key was rejected: %s", exc)
        return web.json_response({"error": "service unavailable"}, status=503)
    except ModelRedError as exc:
        log.warning("register failed for key %s: %s", anthropic_key, type(exc).__name__)
        return web.json_response({"error": str(exc)}, status=400)
    return web.json_response({"id": model["id"]}, status=201)


def build_app() -> web.Application:
    app = web.Application()
    app["svc"] = RedTeamService(os.environ["MODELRED_API_KEY"])
    app.add_routes(routes)
    log.info("routes: %s", [r.method + " " + r.path for r in routes])
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=int(os.environ.get("PORT", "8080")))
