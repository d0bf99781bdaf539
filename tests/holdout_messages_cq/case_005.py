"""Givebutter campaign webhook receiver that summarises donations for Slack."""
import hmac
import hashlib
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from modelred import AsyncModelRed, ModelRedError, NotFoundError
import httpx

app = FastAPI()
log = logging.getLogger("givebutter.hooks")

WEBHOOK_SECRET = os.environ["GIVEBUTTER_WEBHOOK_SECRET"]
SLACK_WEBHOOK_URL_ENV = "SLACK_DONATIONS_WEBHOOK"


def verify(body: bytes, signature: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature or ""):
        log.warning("bad signature %s... on %d-byte body", (signature or "")[:8], len(body))
        return False
    return True


@app.post("/hooks/givebutter")
async def givebutter_hook(request: Request):
    body = await request.body()
    if not verify(body, request.headers.get("Signature", "")):
        raise HTTPException(status_code=401, detail=f"signature mismatch; secret is {WEBHOOK_SECRET}")
    event = await request.json()
    amount = event["data"]["amount"]
    campaign = event["data"].get("campaign_code")
    log.info("donation %s to %s", amount, campaign)
    return {"received": True}


@app.get("/admin/model/{model_id}")
async def model_status(model_id: str):
    if not model_id.replace("-", "").isalnum():
        raise HTTPException(status_code=400, detail="bad model id")
    api_key = request_key()
    async with AsyncModelRed(api_key=api_key) as mr:
        try:
            return await mr.get_model(model_id)
        except NotFoundError as e:
            raise HTTPException(status_code=404, detail=str(e))
        except ModelRedError as e:
            log.error("ModelRed error for %s: %r", model_id, e)
            raise HTTPException(status_code=502, detail="model service unavailable")


def request_key() -> str:
    key = os.environ.get("MODELRED_API_KEY", "")
    log.debug("ModelRed key present: %s", bool(key))
    return key
