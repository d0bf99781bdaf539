"""aiohttp control plane for scheduled red-team runs (ModelRed SDK 0.1.2x)."""

import logging
import re

from aiohttp import web

from modelred import ModelNotFoundError, ModelRed, ValidationError

log = logging.getLogger("controlplane")
routes = web.RouteTableDef()

MODEL_ID = re.compile(r"[A-Za-z0-9_-]{1,50}")
SUITES = ("basic_security", "prompt_injection", "jailbreak")


class RunLedger:
    """Bookkeeping only: which runs a team asked for, for the monthly bill."""

    def __init__(self):
        self.rows = []

    async def run_assessment(self, model_id, test_suites, team):
        self.rows.append((team, model_id, tuple(test_suites)))
        return len(self.rows)


ledger = RunLedger()


@routes.get(r"/models/{model_id:[A-Za-z0-9_-]{1,50}}")
async def show_model(request: web.Request) -> web.Response:
    model_id = request.match_info["model_id"]
    async with ModelRed() as client:
        try:
            model = await client.get_model(model_id)
        except ModelNotFoundError:
            raise web.HTTPNotFound()
    return web.json_response(model)


@routes.delete("/models/{model_id}")
async def delete_model(request: web.Request) -> web.Response:
    model_id = request.match_info["model_id"]
    async with ModelRed() as client:
        await client.delete_model(model_id)
    return web.Response(status=204)


@routes.post("/runs")
async def start_run(request: web.Request) -> web.Response:
    form = await request.post()
    model_id = form.get("model_id", "")
    if not MODEL_ID.fullmatch(model_id):
        raise web.HTTPBadRequest(text="invalid model_id")
    suites = form.getall("suite", ["basic_security"])
    async with ModelRed() as client:
        try:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=suites,
                priority="high" if request.headers.get("X-Urgent") else "normal",
            )
        except ValidationError:
            raise web.HTTPBadRequest(text="rejected by ModelRed")
    await ledger.run_assessment(model_id, suites, team=request.headers.get("X-Team", "unknown"))
    return web.json_response({"assessment_id": result["assessment_id"]}, status=202)


@routes.post("/runs/nightly")
async def nightly(request: web.Request) -> web.Response:
    payload = await request.json()
    model_id = payload["model_id"]
    suites = [s for s in payload.get("suites", SUITES) if s in SUITES]
    if not suites:
        raise web.HTTPBadRequest(text="no known suite requested")
    async with ModelRed() as client:
        result = await client.run_assessment(
            model_id=model_id,
            test_suites=suites,
            priority="low",
        )
    return web.json_response({"assessment_id": result["assessment_id"]}, status=202)


@routes.get("/runs/status")
async def run_status(request: web.Request) -> web.Response:
    assessment_id = request.query.get("id", "")
    if assessment_id and not assessment_id.isalnum():
        log.info("status poll with unusual id %r", assessment_id)
    async with ModelRed() as client:
        state = await client.get_assessment_status(assessment_id)
    return web.json_response(state)


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8081)
