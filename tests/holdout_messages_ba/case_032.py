"""aiohttp service: the release pipeline asks us to gate a new summary prompt on a ModelRed run (gen 3, async)."""
import logging
import os

from aiohttp import web

from modelred import AsyncModelRed, APIError, Conflict, ValidationFailed

log = logging.getLogger("gate")
routes = web.RouteTableDef()

PACKS = ["pp_prompt_injection", "pp_pii_leak"]


def assessment_kwargs(model_id: str, detector_key: str) -> dict:
    return {
        "model_id": model_id,
        "probe_pack_ids": PACKS,
        "priority": "high",
        "detector_api_key": detector_key,
    }


@routes.post("/gate")
async def gate(request: web.Request) -> web.Response:
    body = await request.json()
    model_id = body["model_id"]
    kwargs = assessment_kwargs(model_id, os.environ["OPENAI_API_KEY"])
    log.info("gating %s with packs %s priority %s", model_id, kwargs["probe_pack_ids"], kwargs["priority"])
    log.debug("create_assessment kwargs %s", kwargs)
    try:
        async with AsyncModelRed(os.environ["MODELRED_API_KEY"], timeout=30.0) as mr:
            run = await mr.create_assessment(**kwargs)
    except Conflict:
        return web.json_response({"status": "already_running"}, status=409)
    except ValidationFailed as e:
        return web.json_response({"status": "invalid", "detail": str(e)}, status=400)
    except APIError as e:
        log.error("gate for %s failed: %s", model_id, e)
        return web.json_response({"status": "error", "http": e.status_code}, status=502)
    return web.json_response({"status": "queued", "assessment_id": run["id"]})


@routes.get("/gate/{assessment_id}")
async def gate_status(request: web.Request) -> web.Response:
    aid = request.match_info["assessment_id"]
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        a = await mr.get_assessment(aid)
    return web.json_response({"status": a["status"], "passed": a.get("score", 0) >= 8.0})


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8090)
