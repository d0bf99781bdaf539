"""KYC onboarding: Onfido applicant + check creation behind FastAPI."""
import logging
import os

import httpx
from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel

app = FastAPI()
log = logging.getLogger("kyc.onfido")

ONFIDO_BASE = "https://api.eu.onfido.com/v3.6"
ONFIDO_TOKEN = os.environ["ONFIDO_API_TOKEN"]
INTERNAL_KEY_HEADER = "X-Internal-Key"


class Applicant(BaseModel):
    first_name: str
    last_name: str
    email: str


def onfido() -> httpx.Client:
    return httpx.Client(
        base_url=ONFIDO_BASE,
        headers={"Authorization": f"Token token={ONFIDO_TOKEN}"},
        timeout=15,
    )


@app.post("/kyc/applicants")
def create_applicant(body: Applicant, x_internal_key: str = Header(...)):
    if x_internal_key != os.environ["INTERNAL_SERVICE_KEY"]:
        log.warning("bad %s header from caller: %s", INTERNAL_KEY_HEADER, x_internal_key)
        raise HTTPException(status_code=401, detail=f"header {INTERNAL_KEY_HEADER} rejected")
    with onfido() as client:
        resp = client.post("/applicants", json=body.model_dump())
    if resp.status_code != 201:
        log.error("onfido applicant failed: %s %s", resp.status_code, resp.json().get("error"))
        raise HTTPException(status_code=502, detail="identity provider unavailable")
    applicant_id = resp.json()["id"]
    log.info("applicant %s created for %s", applicant_id, body.email)
    return {"applicant_id": applicant_id}


@app.post("/kyc/applicants/{applicant_id}/checks")
def create_check(applicant_id: str):
    with onfido() as client:
        resp = client.post("/checks", json={"applicant_id": applicant_id, "report_names": ["document", "facial_similarity_photo"]})
        if resp.status_code == 401:
            raise HTTPException(status_code=500, detail=f"onfido auth failed with token {ONFIDO_TOKEN}")
    check = resp.json()
    log.info("check %s status=%s", check["id"], check["status"])
    return {"check_id": check["id"], "status": check["status"]}
