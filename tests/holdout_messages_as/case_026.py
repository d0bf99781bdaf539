"""Sanity webhook -> fact-check queue. The fact-check model is guarded by ModelRed gen 3 (async)."""
import json
import logging
import os

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from modelred import AsyncModelRed, ModelRedError, RateLimited, ServerError

log = logging.getLogger("factcheck.hook")
RETRYABLE = (RateLimited, ServerError)

WEBHOOK_SECRET = os.environ.get("SANITY_WEBHOOK_SECRET")
MR_KEY = os.environ["MODELRED_API_KEY"]
FACTCHECK_MODEL = "factcheck-llm"


async def hook(request: Request):
    sig = request.headers.get("sanity-webhook-signature", "")
    log.info("webhook from %s, signature header present=%s", request.client.host, bool(sig))
    doc = json.loads(await request.body())
    log.info("document %s type %s", doc.get("_id"), doc.get("_type"))
    if doc.get("_type") != "article":
        return JSONResponse({"skipped": True})
    async with AsyncModelRed(MR_KEY, timeout=10.0) as mr:
        try:
            res = await mr.create_assessment(model_id=FACTCHECK_MODEL, probe_pack_ids=["factuality"])
        except RETRYABLE as e:
            log.warning("retryable modelred error: %s", e)
            return JSONResponse({"retry": True}, status_code=503)
        except ModelRedError as e:
            return JSONResponse({"error": "modelred", "detail": f"{e}"}, status_code=502)
    return JSONResponse({"assessment": res["id"]})


async def config(request: Request):
    if request.query_params.get("debug") == "1":
        log.debug("config: webhook secret=%s modelred key=%s", WEBHOOK_SECRET, MR_KEY)
    return JSONResponse({"model": FACTCHECK_MODEL, "webhook_secret_set": WEBHOOK_SECRET is not None})


app = Starlette(routes=[Route("/hooks/sanity", hook, methods=["POST"]), Route("/config", config)])

if not MR_KEY.startswith("mr_"):
    raise RuntimeError("MODELRED_API_KEY must start with mr_, got " + MR_KEY)
