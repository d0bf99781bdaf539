"""Cloud Run service (FastAPI) that receives Pub/Sub push messages and runs ModelRed scans."""
import base64
import json
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, ValidationFailed

app = FastAPI()
access_log = logging.getLogger("push.access")

PUSH_AUDIENCE = os.environ.get("PUSH_AUDIENCE", "https://scanner.acme.run")
_client = ModelRed(os.environ["MODELRED_API_KEY"], timeout=25.0)


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    access_log.warning("ModelRed error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "scan backend failed", "detail": str(exc)})


@app.post("/push")
async def push(request: Request):
    auth = request.headers.get("authorization", "")
    if not auth.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="missing push token")
    push_token = auth.split(" ", 1)[1]
    if os.environ.get("LOG_PUSH_TOKENS") == "1":
        access_log.info("push token %s", push_token)
    envelope = await request.json()
    message = envelope.get("message", {})
    data = json.loads(base64.b64decode(message.get("data", "")) or b"{}")
    access_log.info("message %s attrs %s", message.get("messageId"), sorted(message.get("attributes", {})))
    try:
        a = _client.create_assessment(model_id=data["model_id"], probe_pack_ids=data["packs"])
    except ValidationFailed as exc:
        access_log.info("invalid scan request: %s", type(exc).__name__)
        return {"status": "rejected"}
    return {"status": "queued", "assessment": a["id"]}


@app.get("/healthz")
async def healthz():
    return {"ok": True, "audience": PUSH_AUDIENCE}
