"""aiohttp service: API errors (generation 2 SDK) and inbound keys."""
import logging

from aiohttp import web
from modelred import AsyncModelRedClient, ModelRedError, SubscriptionLimitError, TierRestrictedError
from pydantic import BaseModel, ValidationError

log = logging.getLogger("aioscan")
routes = web.RouteTableDef()


class ScanRequest(BaseModel):
    model: str
    test_types: list[str]


@routes.post("/scan")
async def scan(request: web.Request) -> web.Response:
    key = request.headers.get("X-ModelRed-Key", "")
    try:
        body = ScanRequest.model_validate(await request.json())
    except ValidationError as e:
        return web.json_response({"error": str(e)}, status=422)
    if not key.startswith("mr_"):
        raise web.HTTPUnauthorized(text=f"invalid ModelRed key {key}")
    async with AsyncModelRedClient(api_key=key) as client:
        try:
            a = await client.create_assessment(model=body.model, test_types=body.test_types)
        except (SubscriptionLimitError, TierRestrictedError) as e:
            return web.json_response({"error": str(e)}, status=402)
        except ModelRedError as e:
            log.error("scan failed: %s", e)
            return web.json_response({"error": "scan failed", "retry_after": getattr(e, "retry_after", None)}, status=502)
    return web.json_response({"id": a.id}, status=201)
