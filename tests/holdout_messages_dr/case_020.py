"""aiohttp API over ModelRed (SDK 0.1.40) with an error middleware and a custom access logger."""
import logging

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from dotenv import dotenv_values

from modelred import AsyncModelRed, ModelRedError, NotFound, ValidationFailed

ENV = dotenv_values(".env")
app_log = logging.getLogger("mrapi")


class AccessLogger(AbstractAccessLogger):
    def log(self, request, response, time):
        self.logger.info("%s %s %s %.3fs auth=%s", request.method, request.path, response.status, time, request.headers.get("Authorization"))


@web.middleware
async def errors(request, handler):
    try:
        return await handler(request)
    except NotFound:
        return web.json_response({"error": "not_found"}, status=404)
    except ValidationFailed as exc:
        app_log.info("validation failed: %s", exc)
        return web.json_response({"error": "invalid", "type": type(exc).__name__}, status=422)
    except ModelRedError as exc:
        app_log.error("modelred error status=%s", getattr(exc, "status_code", None))
        return web.json_response({"error": str(exc)}, status=502)


async def modelred_ctx(app):
    key = ENV.get("MODELRED_API_KEY")
    if key is None:
        raise RuntimeError("MODELRED_API_KEY missing from .env")
    app_log.info("ModelRed client for key ...%s", key[-4:])
    async with AsyncModelRed(key, max_retries=2) as client:
        app["mr"] = client
        yield
    app_log.info("ModelRed client closed")


async def list_assessments(request):
    page = int(request.query.get("page", "1"))
    data = await request.app["mr"].list_assessments(page=page)
    return web.json_response(data)


async def assessment(request):
    data = await request.app["mr"].get_assessment(request.match_info["id"])
    return web.json_response(data)


def build():
    app = web.Application(middlewares=[errors])
    app.cleanup_ctx.append(modelred_ctx)
    app.router.add_get("/assessments", list_assessments)
    app.router.add_get("/assessments/{id}", assessment)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(build(), access_log_class=AccessLogger)
