"""Lead enrichment API: takes a work e-mail, returns firmographics and an LLM persona blurb."""
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import AsyncModelRed, RateLimited, APIError

logger = logging.getLogger("enrich.api")
app = FastAPI(title="lead-enrichment")

CLIENT_KEYS = set(filter(None, os.environ.get("ENRICH_CLIENT_KEYS", "").split(",")))
APOLLO_URL = "https://api.apollo.io/v1/people/match"


class EnrichRequest(BaseModel):
    email: str
    persona_model: str = "persona-writer-v2"


@app.post("/enrich")
async def enrich(req: EnrichRequest, x_api_key: str = Header(...)):
    if x_api_key not in CLIENT_KEYS:
        logger.warning("rejected enrichment call, bad api key from client: %s", x_api_key)
        raise HTTPException(status_code=401, detail="invalid api key")
    domain = req.email.split("@")[-1]
    async with httpx.AsyncClient(timeout=10) as http:
        r = await http.post(APOLLO_URL, json={"email": req.email}, headers={"X-Api-Key": os.environ["APOLLO_API_KEY"]})
    person = r.json().get("person") or {}
    credits = r.headers.get("x-credits-remaining")
    logger.info("enriched %s via apollo (%s credits left)", domain, credits)
    await vet_persona_model(req.persona_model)
    return {"domain": domain, "title": person.get("title"), "company": (person.get("organization") or {}).get("name")}


async def vet_persona_model(model_id):
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"], max_retries=2) as mr:
        try:
            await mr.create_assessment(model_id=model_id, probe_pack_ids=["pii-leak"])
        except RateLimited as exc:
            logger.warning("modelred rate limited, status %s", exc.status_code)
        except APIError as exc:
            raise HTTPException(status_code=502, detail=f"safety scan failed: {exc}")


@app.get("/healthz")
async def healthz():
    return {"ok": True, "client_keys": len(CLIENT_KEYS)}
