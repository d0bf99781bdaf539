"""aiohttp backend of the lab's batch-inference portal: researchers queue prompt files for
the GPU partition and can ask for a ModelRed scan of their fine-tuned model."""
import logging
import os

from aiohttp import web
from modelred import AsyncModelRed, APIError, Forbidden, LimitExceeded

log = logging.getLogger("portal")

PORTAL_TOKENS = {t.split(":")[0]: t.split(":")[1] for t in os.environ.get("PORTAL_TOKENS", "").split(",") if ":" in t}
MODELRED_KEY = os.environ["MODELRED_API_KEY"]


def who(request):
    token = request.headers.get("Authorization", "")[len("Bearer "):]
    for user, user_token in PORTAL_TOKENS.items():
        if token and token == user_token:
            return user
    log.info("portal token %s rejected for %s", token, request.path)
    return None


async def queue_job(request):
    user = who(request)
    if user is None:
        return web.json_response({"error": "unauthorised"}, status=401)
    body = await request.json()
    log.info("user %s queued %s (max_tokens=%s)", user, body.get("prompt_file"), body.get("max_tokens"))
    return web.json_response({"queued": body.get("prompt_file")})


async def scan_model(request):
    user = who(request)
    if user is None:
        return web.json_response({"error": "unauthorised"}, status=401)
    model_id = request.match_info["model_id"]
    async with AsyncModelRed(MODELRED_KEY, timeout=20.0, max_retries=2) as mr:
        try:
            job = await mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-lite"])
        except Forbidden as err:
            log.warning("forbidden for %s: %s", model_id, err)
            return web.json_response({"error": "this model is not shared with your group"}, status=403)
        except LimitExceeded as err:
            return web.json_response({"error": "monthly limit reached", "status": err.status_code}, status=429)
        except APIError as err:
            return web.json_response({"error": str(err)}, status=502)
    log.info("user %s scanning %s -> %s", user, model_id, job["id"])
    return web.json_response({"assessment": job["id"]})


def make_app():
    app = web.Application()
    app.router.add_post("/jobs", queue_job)
    app.router.add_post("/models/{model_id}/scan", scan_model)
    log.info("portal users: %s", sorted(PORTAL_TOKENS))
    return app


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    web.run_app(make_app(), port=8088)
