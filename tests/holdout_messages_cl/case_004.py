"""FastAPI endpoint: shippers ask the ETA assistant; ModelRed gen-2 guard scan first."""
import os

from fastapi import FastAPI, Header, HTTPException
from pydantic import BaseModel
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError
from openai import OpenAI

app = FastAPI(title="eta-assistant")
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
llm = OpenAI()

PARTNER_KEYS = set(filter(None, os.environ.get("PARTNER_API_KEYS", "").split(",")))


class EtaQuestion(BaseModel):
    shipment_id: str
    question: str
    max_tokens: int = 250


@app.post("/v1/eta/ask")
def ask(q: EtaQuestion, x_partner_key: str = Header(...)):
    if x_partner_key not in PARTNER_KEYS:
        raise HTTPException(status_code=401, detail=f"unknown partner key {x_partner_key}")
    answer = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=q.max_tokens,
        messages=[{"role": "user", "content": f"Shipment {q.shipment_id}: {q.question}"}],
    )
    return {"answer": answer.choices[0].message.content, "tokens": answer.usage.total_tokens}


@app.post("/v1/eta/scan")
def scan(model: str = "eta-assistant-prod"):
    try:
        job = mr.create_assessment(model=model, test_types=["jailbreak", "data_exfiltration"], priority="high")
    except NotFoundError:
        raise HTTPException(status_code=404, detail=f"model {model} is not registered")
    except RateLimitError as exc:
        raise HTTPException(status_code=429, detail=f"scan rate limited: {exc}")
    except ModelRedError as exc:
        raise HTTPException(status_code=502, detail=type(exc).__name__)
    return {"assessment_id": job["id"], "status": job.get("status", "queued")}


@app.get("/v1/eta/scan/{assessment_id}")
def scan_status(assessment_id: str):
    try:
        return mr.get_assessment(assessment_id)
    except ModelRedError as exc:
        return {"error": str(exc), "assessment_id": assessment_id}


@app.get("/healthz")
def healthz():
    return {"ok": True, "partners": len(PARTNER_KEYS)}
