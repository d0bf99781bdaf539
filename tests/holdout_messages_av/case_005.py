"""Carbon-footprint estimate endpoint (Climatiq) with an LLM explanation."""
import os
import logging

import httpx
from fastapi import FastAPI, HTTPException, Header
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError

app = FastAPI()
log = logging.getLogger("carbon.api")

CLIMATIQ_URL = "https://api.climatiq.io/data/v1/estimate"
CLIMATIQ_KEY = os.environ["CLIMATIQ_API_KEY"]
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])


class Activity(BaseModel):
    activity_id: str
    energy: float
    energy_unit: str = "kWh"
    region: str = "GB"


@app.post("/estimate")
async def estimate(act: Activity, x_tenant_key: str = Header(...)):
    if x_tenant_key != os.environ["TENANT_KEY"]:
        log.warning("bad tenant key %s for activity %s", x_tenant_key, act.activity_id)
        raise HTTPException(status_code=401, detail="invalid tenant key")
    body = {
        "emission_factor": {"activity_id": act.activity_id, "data_version": "^6", "region": act.region},
        "parameters": {"energy": act.energy, "energy_unit": act.energy_unit},
    }
    headers = {"Authorization": f"Bearer {CLIMATIQ_KEY}"}
    async with httpx.AsyncClient(timeout=20) as http:
        resp = await http.post(CLIMATIQ_URL, json=body, headers=headers)
    if resp.status_code >= 400:
        log.error("climatiq %s: %s", resp.status_code, resp.text)
        raise HTTPException(status_code=502, detail=f"climatiq error {resp.status_code}")
    data = resp.json()
    log.debug("climatiq headers used: %s", headers)
    return {"co2e": data["co2e"], "unit": data["co2e_unit"]}


@app.post("/models/{model_id}/scan")
def scan(model_id: str):
    try:
        a = mr.create_assessment(model=model_id, test_types=["toxicity"], priority="low")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=str(e))
    return {"assessment": a["id"]}
