"""Async aiohttp training-run webhook receiver that kicks off a ModelRed scan (gen 3)."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, ModelRedError, Unauthorized, RateLimited

log = logging.getLogger("webhook")
SIGNING_SECRET_ENV = "WANDB_WEBHOOK_SECRET"


class ScanService:
    def __init__(self, api_key: str):
        self.api_key = api_key

    async def start(self, model_id: str, packs: list[str]) -> dict:
        async with AsyncModelRed(self.api_key, timeout=30.0) as mr:
            return await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=packs)


async def on_run_finished(request: web.Request) -> web.Response:
    secret = request.headers.get("X-Wandb-Signature", "")
    if secret != os.environ[SIGNING_SECRET_ENV]:
        log.warning("bad webhook signature header (%d chars) from %s", len(secret), request.remote)
        raise web.HTTPUnauthorized(text="bad signature")
    body = await request.json()
    run = body.get("run", {})
    log.info("run %s in %s finished with state %s", run.get("id"), body.get("project"), run.get("state"))
    svc: ScanService = request.app["scan"]
    try:
        a = await svc.start(run["config"]["model_id"], ["jailbreak-basic"])
    except Unauthorized:
        log.error("ModelRed unauthorized with key %s", svc.api_key)
        return web.json_response({"error": "scanner misconfigured"}, status=500)
    except RateLimited as exc:
        return web.json_response({"error": "busy", "retry_after": exc.retry_after}, status=429)
    except ModelRedError as exc:
        return web.json_response({"error": f"scan failed: {exc}"}, status=502)
    return web.json_response({"assessment": a["id"]})


def make_app() -> web.Application:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        raise RuntimeError(f"MODELRED_API_KEY is empty: {key!r}")
    app = web.Application()
    app["scan"] = ScanService(key)
    app.router.add_post("/wandb/run-finished", on_run_finished)
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=int(os.environ.get("PORT", "8080")))
