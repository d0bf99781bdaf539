# Plaid link-token service for the lending chatbot; gen-2 ModelRed registration of the underwriting model
import logging
import os

from fastapi import FastAPI, HTTPException, Request
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError
from plaid.api import plaid_api
from plaid import ApiClient, Configuration, Environment

log = logging.getLogger("lending.plaid")
app = FastAPI()

PLAID_CLIENT_ID = os.environ["PLAID_CLIENT_ID"]
PLAID_SECRET = os.environ["PLAID_SECRET"]
PLAID_ENV = os.environ.get("PLAID_ENV", "sandbox")

plaid_keys = {"clientId": PLAID_CLIENT_ID, "secret": PLAID_SECRET}
cfg = Configuration(host=Environment.Sandbox, api_key=plaid_keys)
plaid = plaid_api.PlaidApi(ApiClient(cfg))
log.info("plaid configured env=%s client_id=%s", PLAID_ENV, PLAID_CLIENT_ID)
log.debug("plaid api_key map %s", plaid_keys)


@app.post("/link-token")
async def link_token(request: Request):
    body = await request.json()
    user_id = body.get("user_id")
    if not user_id:
        raise HTTPException(status_code=400, detail="user_id required")
    try:
        resp = plaid.link_token_create({"user": {"client_user_id": user_id}, "client_name": "Lendly", "products": ["assets"], "country_codes": ["US"], "language": "en"})
    except Exception as exc:
        log.error("link token failed for %s: %s", user_id, exc)
        raise HTTPException(status_code=502, detail="could not create link token")
    log.info("link token expires %s for %s", resp["expiration"], user_id)
    return {"link_token": resp["link_token"]}


@app.post("/admin/register-underwriter")
async def register_underwriter(request: Request):
    body = await request.json()
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    openai_key = os.environ["OPENAI_API_KEY"]
    try:
        model = client.create_model(
            modelId=body["model_id"],
            provider="openai",
            displayName="Underwriting assistant",
            providerConfig=ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o", max_tokens=512),
        )
    except ConflictError:
        raise HTTPException(status_code=409, detail=f"model {body['model_id']} already registered")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed: {e}")
    return {"id": model["id"]}
