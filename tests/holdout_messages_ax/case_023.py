"""Webhook receiver for the SOAR story "LLM prompt-injection alert": Tines posts here,
we validate the shared secret and queue an LLM triage job."""
import hmac
import logging
import os
import uuid

from fastapi import FastAPI, HTTPException, Request

log = logging.getLogger("soar_webhook")
app = FastAPI()

WEBHOOK_SECRET = os.environ.get("TINES_WEBHOOK_SECRET", "")
SECRET_HEADER = "x-tines-secret"
QUEUE: list[dict] = []


@app.post("/hooks/prompt-injection")
async def prompt_injection(request: Request):
    presented = request.headers.get(SECRET_HEADER)
    if presented is None:
        raise HTTPException(status_code=401, detail=f"missing {SECRET_HEADER} header")
    if not hmac.compare_digest(presented, WEBHOOK_SECRET):
        log.warning("bad webhook secret from %s", request.client.host)
        raise HTTPException(status_code=403, detail=f"secret {presented!r} does not match")
    body = await request.json()
    job_id = str(uuid.uuid4())
    QUEUE.append({"id": job_id, "alert": body.get("alert"), "story": body.get("story_id")})
    log.info("queued job %s for story %s", job_id, body.get("story_id"))
    return {"queued": job_id}


@app.post("/hooks/rotate")
async def rotate_secret(request: Request):
    body = await request.json()
    new_secret = body.get("new_secret", "")
    if len(new_secret) < 32:
        raise HTTPException(status_code=400, detail="new secret too short")
    if not hmac.compare_digest(request.headers.get(SECRET_HEADER, ""), WEBHOOK_SECRET):
        raise HTTPException(status_code=403, detail="forbidden")
    log.info("rotating webhook secret, new length %d", len(new_secret))
    log.info("new webhook secret for Tines credential: %s", new_secret)
    os.environ["TINES_WEBHOOK_SECRET"] = new_secret
    return {"rotated": True}


@app.get("/hooks/status")
async def status():
    return {"queued": len(QUEUE), "secret_configured": bool(WEBHOOK_SECRET), "header": SECRET_HEADER}
