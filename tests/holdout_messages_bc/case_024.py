"""Mortgage rate-quote chatbot backend (FastAPI, gen 2 AsyncModelRed)."""
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from modelred import AsyncModelRed, ModelRedError, NotFoundError, ValidationError

app = FastAPI(title="rate-quote-bot")
log = logging.getLogger("ratebot")

PRICING_ENGINE_URL = os.environ.get("PPE_URL", "https://ppe.example/api/quote")
PRICING_ENGINE_KEY_NAME = "PPE_API_KEY"


@app.exception_handler(ModelRedError)
async def modelred_failed(request: Request, exc: ModelRedError):
    log.error("modelred error on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=502, content={"error": "safety check failed", "detail": str(exc)})


@app.post("/quote")
async def quote(req: Request):
    body = await req.json()
    key = os.environ[PRICING_ENGINE_KEY_NAME]
    import httpx

    async with httpx.AsyncClient() as http:
        r = await http.post(PRICING_ENGINE_URL, json={"loan_amount": body["loan_amount"], "fico": body["fico"], "ltv": body["ltv"]}, headers={"X-PPE-Key": key})
    if r.status_code != 200:
        log.error("pricing engine %s returned %s", PRICING_ENGINE_URL, r.status_code)
        raise HTTPException(status_code=502, detail=f"pricing engine rejected key {key}")
    return r.json()


@app.post("/admin/models/{model_identifier}/check")
async def check(model_identifier: str):
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as mr:
        try:
            model = await mr.get_model(model_identifier)
        except NotFoundError:
            raise HTTPException(status_code=404, detail="model not found")
        except ValidationError as e:
            raise HTTPException(status_code=400, detail=f"invalid: {e}")
        assessment = await mr.create_assessment(model=model_identifier, test_types=["financial_advice", "pii"])
    log.info("assessment %s for %s", assessment["id"], model_identifier)
    return {"assessment": assessment["id"], "provider": model.get("provider")}


@app.on_event("startup")
async def startup():
    log.info("pricing engine key var %s set=%s", PRICING_ENGINE_KEY_NAME, PRICING_ENGINE_KEY_NAME in os.environ)
