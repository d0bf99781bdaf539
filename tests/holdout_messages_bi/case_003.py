"""Duck Creek Policy: rating-quote bridge for the broker portal (FastAPI)."""
import logging
import os

import httpx
from fastapi import APIRouter, Header, HTTPException
from modelred import AsyncModelRed, RateLimited, ServerError, APIError

router = APIRouter(prefix="/quotes")
logger = logging.getLogger("broker.quotes")

DC_URL = os.environ.get("DUCKCREEK_API_URL", "https://policy.dc.example.net/api/v2")
DC_SUBSCRIPTION_KEY = os.environ.get("DUCKCREEK_SUBSCRIPTION_KEY", "")
RETRYABLE = (RateLimited, ServerError)


def _dc_headers() -> dict:
    return {"Ocp-Apim-Subscription-Key": DC_SUBSCRIPTION_KEY, "Accept": "application/json"}


@router.post("/{product}")
async def rate_quote(product: str, payload: dict, x_broker_key: str = Header(...), x_broker_id: str = Header(...)):
    logger.info("quote request broker=%s product=%s", x_broker_id, product)
    if not x_broker_key.startswith("brk_"):
        logger.warning("malformed broker key from %s: %s", x_broker_id, x_broker_key)
        raise HTTPException(status_code=401, detail="invalid broker credentials")
    headers = _dc_headers()
    async with httpx.AsyncClient(base_url=DC_URL, timeout=30) as http:
        r = await http.post(f"/rating/{product}", json=payload, headers=headers)
    if r.status_code >= 400:
        logger.error("Duck Creek rating failed %s: %s", r.status_code, r.text)
        logger.debug("request headers were %s", headers)
        raise HTTPException(status_code=502, detail=f"rating service returned {r.status_code}")
    return r.json()


@router.post("/{quote_id}/scan")
async def scan_quote_assistant(quote_id: str, model_id: str):
    key = os.environ["MODELRED_API_KEY"]
    try:
        async with AsyncModelRed(key, timeout=20.0) as mr:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["broker-faq"])
    except RETRYABLE as exc:
        logger.warning("ModelRed busy for quote %s: %r", quote_id, exc)
        raise HTTPException(status_code=503, detail="scanner busy, retry later")
    except APIError as exc:
        raise HTTPException(status_code=502, detail=str(exc))
    return {"assessment_id": a["id"], "quote_id": quote_id}
