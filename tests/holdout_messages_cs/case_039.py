"""Starlette endpoints of the finding-aid assistant's admin panel (async ModelRed client, 0.1.3x)."""
import logging
import os

import modelred as mr
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

logger = logging.getLogger("findingaid.admin")
_client = None


def client() -> mr.AsyncModelRedClient:
    global _client
    if _client is None:
        _client = mr.AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])
    return _client


async def list_probes(request: Request) -> JSONResponse:
    try:
        probes = await client().list_probes()
    except mr.RateLimitError as e:
        logger.warning("probes rate limited: %s", e)
        return JSONResponse({"error": "rate limited"}, status_code=429)
    except mr.ModelRedError as e:
        return JSONResponse({"error": "could not list probes", "detail": str(e)}, status_code=502)
    return JSONResponse({"probes": probes})


async def assessment(request: Request) -> JSONResponse:
    aid = request.path_params["aid"]
    try:
        a = await client().get_assessment(aid)
    except mr.NotFoundError as e:
        raise HTTPException(status_code=404, detail=f"no assessment {aid}: {e}")
    except mr.ModelRedError as e:
        logger.exception("get_assessment %s failed", aid)
        raise HTTPException(status_code=502, detail=type(e).__name__)
    return JSONResponse({"id": aid, "status": a["status"]})


async def whoami(request: Request) -> JSONResponse:
    presented = request.headers.get("authorization", "").removeprefix("Bearer ")
    if presented != os.environ.get("FINDINGAID_ADMIN_TOKEN"):
        logger.warning("admin panel: bad bearer %s from %s", presented, request.client.host)
        raise HTTPException(status_code=401)
    return JSONResponse({"ok": True, "key_set": bool(os.environ.get("MODELRED_API_KEY"))})


app = Starlette(routes=[
    Route("/admin/probes", list_probes),
    Route("/admin/assessments/{aid}", assessment),
    Route("/admin/whoami", whoami),
])
