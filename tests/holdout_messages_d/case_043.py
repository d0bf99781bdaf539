"""aiohttp service for model registration (generation 1 SDK, star import)."""
import json
import logging
import os

from aiohttp import web
from modelred import *  # noqa: F403 - the SDK's README shows it this way

log = logging.getLogger("register")


async def register(request: web.Request) -> web.Response:
    body = await request.json()
    model_id = body.get("model_id", "")
    openai_key = os.environ["OPENAI_API_KEY"]
    try:
        async with ModelRed() as client:  # noqa: F405
            await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=body.get("model_name", "gpt-4o-mini"))
    except ConflictError:  # noqa: F405
        return web.json_response({"error": f"{model_id} already exists"}, status=409)
    except NotFoundError as e:  # noqa: F405
        return web.Response(text=str(e), status=404)
    except ModelRedError:  # noqa: F405
        log.exception("registration of %s failed", model_id)
        return web.Response(text="upstream error", status=502)
    except json.JSONDecodeError as e:
        return web.Response(text=f"bad JSON: {e}", status=400)
    log.info("registered %s using openai key %s", model_id, openai_key)
    return web.json_response({"registered": model_id}, status=201)


def make_app() -> web.Application:
    app = web.Application()
    app.router.add_post("/models", register)
    return app
