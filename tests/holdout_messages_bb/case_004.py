"""Instrument upload endpoint: plate-reader exports land here, then a QC assistant summarises."""
import logging
import os

from fastapi import FastAPI, File, Header, HTTPException, UploadFile
from modelred import ModelRed, ModelRedError, AuthenticationError

app = FastAPI(title="instrument-intake")
log = logging.getLogger("intake")

INSTRUMENT_KEYS = {k.strip() for k in os.environ.get("INSTRUMENT_KEYS", "").split(",") if k.strip()}
QC_MODEL_ID = os.environ.get("QC_MODEL_ID", "plate-qc-v2")


@app.post("/upload/{instrument_id}")
async def upload(instrument_id: str, file: UploadFile = File(...), x_instrument_key: str = Header("")):
    if x_instrument_key not in INSTRUMENT_KEYS:
        log.warning("upload from %s with unknown key %s", instrument_id, x_instrument_key)
        raise HTTPException(status_code=401, detail="unknown instrument key")
    data = await file.read()
    log.info("instrument %s uploaded %s (%d bytes, key ...%s)", instrument_id, file.filename, len(data), x_instrument_key[-4:])
    return {"instrument": instrument_id, "bytes": len(data)}


@app.post("/qc-model/check")
async def check_qc_model():
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(
                model_id=QC_MODEL_ID,
                test_suites=["basic_security", "prompt_injection"],
                wait_for_completion=False,
            )
        return {"assessment_id": result.assessment_id, "model": QC_MODEL_ID}
    except AuthenticationError as e:
        log.error("ModelRed auth failed: %s", e)
        raise HTTPException(status_code=502, detail="scanner unavailable")
    except ModelRedError as e:
        raise HTTPException(status_code=502, detail=f"assessment failed: {e}")


@app.get("/health")
async def health():
    return {
        "instrument_keys": len(INSTRUMENT_KEYS),
        "modelred_key_set": bool(os.getenv("MODELRED_API_KEY")),
        "qc_model": QC_MODEL_ID,
    }
