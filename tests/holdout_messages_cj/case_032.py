"""Sanity Studio companion (Starlette): summarise documents on publish; keep SDK errors internal."""
import logging
import os

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from modelred import ModelRed, ModelRedError, Forbidden

log = logging.getLogger("sanity.summary")

SANITY_PROJECT = os.environ["SANITY_PROJECT_ID"]
SANITY_DATASET = os.getenv("SANITY_DATASET", "production")
SANITY_WRITE_TOKEN = os.environ["SANITY_WRITE_TOKEN"]
MUTATE_URL = f"https://{SANITY_PROJECT}.api.sanity.io/v2024-01-01/data/mutate/{SANITY_DATASET}"


async def patch_summary(doc_id: str, summary: str) -> int:
    mutation = {"mutations": [{"patch": {"id": doc_id, "set": {"aiSummary": summary}}}]}
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {SANITY_WRITE_TOKEN}"}) as c:
        r = await c.post(MUTATE_URL, json=mutation)
    log.info("patched %s in %s/%s: %s", doc_id, SANITY_PROJECT, SANITY_DATASET, r.status_code)
    if r.status_code == 401:
        log.error("Sanity write token %s refused", SANITY_WRITE_TOKEN)
    return r.status_code


async def on_publish(request: Request) -> JSONResponse:
    doc = await request.json()
    summary = (doc.get("excerpt") or doc.get("title", ""))[:280]
    status = await patch_summary(doc["_id"], summary)
    return JSONResponse({"status": status})


async def list_gated_models(request: Request) -> JSONResponse:
    key = request.query_params.get("mr_key", "")
    try:
        with ModelRed(key, max_retries=1) as mr:
            models = mr.list_models(page=1, page_size=20)
    except Forbidden as e:
        log.warning("ModelRed forbidden: %s", e)
        return JSONResponse({"error": "forbidden"}, status_code=403)
    except ModelRedError as e:
        log.error("ModelRed failure %s: %s", type(e).__name__, e)
        return JSONResponse({"error": "upstream failure", "kind": type(e).__name__}, status_code=502)
    return JSONResponse({"models": [m.get("name") for m in models.get("data", [])]})


async def debug_config(request: Request) -> JSONResponse:
    mr_key = request.query_params.get("mr_key", "")
    log.info("debug config requested, key param %s", mr_key)
    return JSONResponse({"project": SANITY_PROJECT, "dataset": SANITY_DATASET})


app = Starlette(routes=[Route("/publish", on_publish, methods=["POST"]),
                        Route("/models", list_gated_models), Route("/debug", debug_config)])
