"""Sentry alert router: receives Sentry issue-alert webhooks and routes them to on-call channels."""
import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

logger = logging.getLogger("alert_router.sentry")
app = FastAPI()

SENTRY_CLIENT_SECRET = os.environ["SENTRY_CLIENT_SECRET"]
SENTRY_AUTH_TOKEN = os.environ.get("SENTRY_AUTH_TOKEN", "")
ROUTES = json.load(open(os.environ.get("ROUTES_FILE", "routes.json")))


def signature_ok(body: bytes, signature: str) -> bool:
    digest = hmac.new(SENTRY_CLIENT_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(digest, signature):
        logger.warning("signature mismatch: got %s…, resource secret fingerprint %s", signature[:8], hashlib.sha256(SENTRY_CLIENT_SECRET.encode()).hexdigest()[:10])
        return False
    return True


@app.post("/sentry/hook")
async def sentry_hook(request: Request, sentry_hook_signature: str = Header(""), sentry_hook_resource: str = Header("")):
    body = await request.body()
    if not signature_ok(body, sentry_hook_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    payload = json.loads(body)
    project = payload["data"]["event"].get("project", "unknown")
    route = ROUTES.get(str(project), ROUTES["default"])
    logger.info("sentry %s alert for project %s -> %s", sentry_hook_resource, project, route["channel"])
    if route.get("debug"):
        logger.debug("route %s uses client secret %s", route["channel"], SENTRY_CLIENT_SECRET)
    return {"routed_to": route["channel"]}


@app.get("/sentry/health")
async def health():
    if not SENTRY_AUTH_TOKEN:
        logger.warning("SENTRY_AUTH_TOKEN empty: %r", SENTRY_AUTH_TOKEN)
        return {"ok": False}
    logger.debug("health check with auth token %s", SENTRY_AUTH_TOKEN)
    return {"ok": True, "token_configured": True}


@app.on_event("startup")
async def startup():
    logger.info("routes loaded: %s", sorted(ROUTES))
    if len(SENTRY_CLIENT_SECRET) < 32:
        raise RuntimeError(f"SENTRY_CLIENT_SECRET looks truncated: {SENTRY_CLIENT_SECRET!r}")
