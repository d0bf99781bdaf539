"""Uber Eats webhook -> menu chatbot, with a ModelRed gate before deploys."""
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from modelred import APIError, ModelRed, RateLimited, Unauthorized

app = FastAPI()
log = logging.getLogger("ubereats")

UE_CLIENT_SECRET = os.environ["UBER_EATS_CLIENT_SECRET"]
MR_KEY = os.environ["MODELRED_API_KEY"]
MAX_TOKENS = 512


@app.post("/webhooks/ubereats")
async def ubereats_hook(request: Request, x_uber_signature: str = Header(...)):
    body = await request.body()
    expected = hmac.new(UE_CLIENT_SECRET.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_uber_signature):
        log.warning("signature mismatch (got %s)", x_uber_signature)
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    log.info("event %s for store %s", event.get("event_type"), event.get("meta", {}).get("user_id"))
    return {"ok": True}


@app.post("/admin/gate/{model_id}")
def deploy_gate(model_id: str):
    try:
        with ModelRed(MR_KEY, max_retries=2) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=["menu-jailbreak"])
    except Unauthorized:
        log.critical("ModelRed key rejected: %s", MR_KEY)
        raise HTTPException(status_code=500, detail="scanner misconfigured")
    except RateLimited as e:
        log.warning("rate limited, retry after %s", getattr(e, "retry_after", None))
        raise HTTPException(status_code=429, detail="try later")
    except APIError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed: {e}")
    log.info("gate assessment %s, max_tokens %d", a["id"], MAX_TOKENS)
    return {"assessment_id": a["id"]}


@app.get("/admin/config")
def show_config():
    return {"modelred_key_set": bool(MR_KEY), "ue_secret_tail": UE_CLIENT_SECRET[-4:]}
