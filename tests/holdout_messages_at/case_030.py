"""Lever webhooks -> LLM stage-change notes (Starlette), with a ModelRed gate (gen 2 sync client)."""
import hashlib
import hmac
import logging
import os

import modelred as mr
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

log = logging.getLogger("lever.hooks")

LEVER_SIGNATURE_TOKEN = os.environ.get("LEVER_WEBHOOK_SIGNATURE_TOKEN", "")
guard = mr.ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))


def valid(body: dict) -> bool:
    token, ts, sig = body.get("token", ""), str(body.get("triggeredAt", "")), body.get("signature", "")
    digest = hmac.new(LEVER_SIGNATURE_TOKEN.encode(), (token + ts).encode(), hashlib.sha256).hexdigest()
    log.debug("lever webhook triggered at %s, event %s", ts, body.get("event"))
    return hmac.compare_digest(digest, sig)


async def stage_change(request: Request) -> JSONResponse:
    body = await request.json()
    if not valid(body):
        log.warning("invalid lever signature for event %s", body.get("event"))
        return JSONResponse({"error": "invalid signature"}, status_code=401)
    data = body.get("data", {})
    log.info("opportunity %s moved to %s", data.get("opportunityId"), data.get("toStageId"))
    return JSONResponse({"ok": True})


async def gate(request: Request) -> JSONResponse:
    model = request.query_params.get("model", "lever-notes-gpt")
    try:
        info = guard.get_model(model)
        assessment = guard.get_assessment(info["latestAssessmentId"])
    except mr.NotFoundError:
        return JSONResponse({"error": f"unknown model {model}"}, status_code=404)
    except mr.ModelRedError as exc:
        log.error("gate lookup failed: %s", exc)
        return JSONResponse({"error": "gate unavailable", "detail": str(exc)}, status_code=502)
    return JSONResponse({"model": model, "score": assessment.get("score")})


app = Starlette(routes=[Route("/lever/stage", stage_change, methods=["POST"]), Route("/gate", gate)])

if __name__ == "__main__":
    import uvicorn
    log.info("signature token configured: %s", bool(LEVER_SIGNATURE_TOKEN))
    uvicorn.run(app, port=8009)
