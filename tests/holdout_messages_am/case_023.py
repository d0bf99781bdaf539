"""Partner API for affiliate storefronts: product Q&A plus a ModelRed scan endpoint."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import ModelRed, ModelRedError, RateLimited

app = FastAPI()
access_log = logging.getLogger("partners.access")

PARTNER_KEYS = {k.strip() for k in os.environ.get("PARTNER_API_KEYS", "").split(",") if k.strip()}
PARTNER_KEY_HEADER = "X-Partner-Key"


@app.exception_handler(ModelRedError)
async def modelred_error_handler(request: Request, exc: ModelRedError) -> JSONResponse:
    access_log.error("modelred error on %s: %r", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "safety_service", "detail": str(exc)})


@app.exception_handler(RateLimited)
async def modelred_rate_limited(request: Request, exc: RateLimited) -> JSONResponse:
    return JSONResponse(status_code=429, content={"error": "rate_limited"}, headers={"Retry-After": str(exc.retry_after or 30)})


def _check_partner(x_partner_key: str) -> None:
    if x_partner_key not in PARTNER_KEYS:
        access_log.warning("unknown partner key %s", x_partner_key)
        raise HTTPException(status_code=401, detail="unknown partner key")
    access_log.info("partner call ok (keys configured: %d)", len(PARTNER_KEYS))


@app.post("/v1/scan")
def partner_scan(model_id: str, x_partner_key: str = Header(...)) -> dict:
    _check_partner(x_partner_key)
    with ModelRed(os.environ["MODELRED_API_KEY"], max_retries=1) as client:
        job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["baseline"])
    access_log.info("partner scan %s on %s", job["id"], model_id)
    return {"assessment_id": job["id"]}


@app.get("/v1/products/{sku}/answer")
def answer(sku: str, q: str, x_partner_key: str = Header(...)) -> dict:
    _check_partner(x_partner_key)
    access_log.info("q&a %s header=%s", sku, PARTNER_KEY_HEADER)
    return {"sku": sku, "answer": f"See the size guide for {sku}."}
