"""DVIR defect triage API: drivers' pre-trip inspection reports are ranked by an LLM."""
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from modelred import ModelRed, ModelRedError, ModelNotFoundError
from openai import AsyncOpenAI
from pydantic import BaseModel

log = logging.getLogger("dvir")
app = FastAPI(title="dvir-triage")

DEVICE_KEYS = set(filter(None, os.environ.get("DVIR_DEVICE_KEYS", "").split(",")))
TRIAGE_MAX_TOKENS = 120
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])


class Dvir(BaseModel):
    unit: str
    driver_id: str
    defects: list[str]
    odometer: int


@app.post("/dvir")
async def submit(report: Dvir, x_device_key: str = Header(default="")):
    if x_device_key not in DEVICE_KEYS:
        log.warning("unknown device key for unit %s (driver %s), %d keys enrolled", report.unit, report.driver_id, len(DEVICE_KEYS))
        raise HTTPException(401, f"device key {x_device_key} not enrolled")
    if not report.defects:
        return {"unit": report.unit, "severity": "none"}
    out = await llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=TRIAGE_MAX_TOKENS,
        messages=[{"role": "user", "content": f"Rate out-of-service risk (none/minor/major/oos) for: {report.defects}"}],
    )
    severity = out.choices[0].message.content.strip().lower()
    log.info("unit %s severity %s (%s tokens)", report.unit, severity, out.usage.total_tokens)
    return {"unit": report.unit, "severity": severity}


@app.get("/models/{model_id}/redteam")
async def redteam_status(model_id: str):
    try:
        async with ModelRed() as client:
            model = await client.get_model(model_id)
            status = await client.get_assessment_status(model["latest_assessment_id"])
    except ModelNotFoundError:
        raise HTTPException(404, "model not registered")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"ModelRed: {e}")
    return {"model": model_id, "status": status}


@app.get("/healthz")
async def healthz():
    key = os.environ.get("MODELRED_API_KEY", "")
    log.debug("healthz: modelred key set=%s prefix ok=%s", bool(key), key.startswith("mr_"))
    return {"ok": True, "device_keys": len(DEVICE_KEYS)}
