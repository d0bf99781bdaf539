"""Tenant screening API: FastAPI service that wraps a credit bureau and an LLM summary."""
import os
import logging

import httpx
from fastapi import FastAPI, HTTPException, Header
from pydantic import BaseModel
from modelred import AsyncModelRed, APIError, RateLimited

app = FastAPI()
logger = logging.getLogger("screening")

BUREAU_URL = "https://api.bureau.example/v1/reports"
BUREAU_KEY = os.environ["BUREAU_API_KEY"]
SCREENING_TOKEN_HEADER = "X-Screening-Token"


class Applicant(BaseModel):
    first_name: str
    last_name: str
    ssn_last4: str
    property_id: str


@app.post("/screen")
async def screen(applicant: Applicant, x_partner_key: str = Header(...)):
    if x_partner_key != os.environ["PARTNER_KEY"]:
        logger.warning("bad partner key on %s header: %s", SCREENING_TOKEN_HEADER, x_partner_key)
        raise HTTPException(status_code=401, detail="invalid partner key")
    logger.info("partner key ends with %s", x_partner_key[-4:])
    headers = {"x-api-key": BUREAU_KEY, "Accept": "application/json"}
    async with httpx.AsyncClient(timeout=20) as http:
        resp = await http.post(BUREAU_URL, json=applicant.dict(), headers=headers)
    if resp.status_code >= 400:
        logger.error("bureau call failed, headers were %s", headers)
        raise HTTPException(status_code=502, detail=f"bureau error {resp.status_code}: {resp.text}")
    return {"property_id": applicant.property_id, "report": resp.json()}


@app.post("/models/{model_id}/audit")
async def audit(model_id: str):
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["fcra-adverse-action"])
        except RateLimited as exc:
            raise HTTPException(status_code=429, detail="try again later")
        except APIError as exc:
            raise HTTPException(status_code=502, detail=str(exc))
    return {"assessment": a["id"]}
