"""Xsolla-style store webhooks: grants purchased gems, verifies the project signature."""
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
log = logging.getLogger("store.webhooks")

PROJECT_ID = os.environ.get("XSOLLA_PROJECT_ID", "241337")
WEBHOOK_SECRET = os.environ.get("XSOLLA_WEBHOOK_SECRET", "")
SIGNATURE_HEADER = "Authorization"


def expected_signature(body: bytes) -> str:
    return hashlib.sha1(body + WEBHOOK_SECRET.encode()).hexdigest()


@app.on_event("startup")
def check_config() -> None:
    if not WEBHOOK_SECRET:
        raise RuntimeError(f"XSOLLA_WEBHOOK_SECRET empty for project {PROJECT_ID}: {WEBHOOK_SECRET!r}")
    log.info("webhooks for project %s, secret configured=%s", PROJECT_ID, bool(WEBHOOK_SECRET))


@app.post("/webhooks/xsolla")
async def xsolla_webhook(request: Request, authorization: str = Header("")):
    body = await request.body()
    sent = authorization.removeprefix("Signature ").strip()
    want = expected_signature(body)
    if not hmac.compare_digest(sent, want):
        log.warning("bad signature %s... (want %s...)", sent[:4], want[:4])
        if os.getenv("WEBHOOK_DEBUG"):
            log.debug("signature check used secret %s", WEBHOOK_SECRET)
        raise HTTPException(status_code=400, detail={"code": "INVALID_SIGNATURE"})
    event = await request.json()
    kind = event.get("notification_type")
    if kind == "user_validation":
        return {"ok": True}
    if kind == "payment":
        user = event["user"]["id"]
        sku = event["purchase"]["virtual_items"]["items"][0]["sku"]
        log.info("payment %s: %s bought %s", event["transaction"]["id"], user, sku)
        grant(user, sku)
        return {"ok": True}
    raise HTTPException(status_code=400, detail=f"unhandled notification {kind} for project {PROJECT_ID}")


def grant(user_id: str, sku: str) -> None:
    ledger_token = os.environ["LEDGER_SERVICE_TOKEN"]
    if len(ledger_token) < 20:
        raise ValueError(f"LEDGER_SERVICE_TOKEN looks truncated: {ledger_token}")
    log.info("granting %s to %s", sku, user_id)
