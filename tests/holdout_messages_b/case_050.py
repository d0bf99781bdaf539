import os

from aiohttp import web
from modelred import AsyncModelRedClient, AuthenticationError, ModelRedError

routes = web.RouteTableDef()


@routes.post("/assess")
async def assess(request: web.Request) -> web.Response:
    body = await request.json()
    async with AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            result = await client.create_assessment(model=body["model"], test_types=body["tests"])
        except AuthenticationError:
            request.app.logger.error("ModelRed key rejected")
            return web.json_response({"error": "service misconfigured"}, status=500)
        except ModelRedError as e:
            request.app.logger.warning("ModelRed error: %s", e)
            return web.json_response({"error": f"{type(e).__name__}: {e}"}, status=502)
    return web.json_response(result)


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    token = request.headers.get("X-Health-Token")
    if token != os.environ.get("HEALTH_TOKEN"):
        raise web.HTTPUnauthorized(text="bad health token")
    return web.json_response({"ok": True})


app = web.Application()
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app, port=int(os.environ.get("PORT", "8080")))
