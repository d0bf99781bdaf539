"""aiohttp endpoints over the generation-2 async ModelRed client."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRedClient, ModelRedError, AuthenticationError, ValidationError as MRValidationError

logger = logging.getLogger(__name__)
routes = web.RouteTableDef()


def client() -> AsyncModelRedClient:
    return AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@routes.post("/assessments")
async def create(request: web.Request) -> web.Response:
    body = await request.json()
    try:
        async with client() as mr:
            created = await mr.create_assessment(model=body["model"], test_types=body["tests"], priority="high")
    except MRValidationError as e:
        raise web.HTTPBadRequest(text=str(e))
    except AuthenticationError:
        logger.critical("ModelRed key rejected")
        raise web.HTTPBadGateway(text="upstream authentication failed")
    except ModelRedError as e:
        logger.error("create_assessment failed: %s", e)
        return web.json_response({"error": type(e).__name__}, status=502)
    return web.json_response(created, status=201)


@routes.get("/assessments/{aid}")
async def status(request: web.Request) -> web.Response:
    aid = request.match_info["aid"]
    try:
        async with client() as mr:
            result = await mr.get_assessment(aid)
    except ModelRedError as e:
        payload = {"error": "lookup failed", "details": e.args}
        return web.json_response(payload, status=502)
    except KeyError as e:
        return web.json_response({"error": f"bad response: {e}"}, status=500)
    return web.json_response(result)


app = web.Application()
app.add_routes(routes)
