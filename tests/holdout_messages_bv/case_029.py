"""Reporting API: an internal FastAPI service that builds xlsx reports on demand (gen 3)."""
import io
import logging
import os

from fastapi import FastAPI, Header, HTTPException
from fastapi.responses import StreamingResponse
from openpyxl import Workbook
from modelred import ModelRed, APIError, Unauthorized, NotFound

app = FastAPI()
log = logging.getLogger("report_api")
SERVICE_KEY = os.environ.get("REPORT_SERVICE_KEY", "")


@app.get("/reports/{assessment_id}.xlsx")
def report(assessment_id: str, x_modelred_key: str = Header(...), x_service_key: str = Header("")):
    if x_service_key != SERVICE_KEY:
        log.warning("bad service key from client: %s", x_service_key)
        raise HTTPException(403, "forbidden")
    log.info("report %s requested, caller key hint %s", assessment_id, x_modelred_key[-4:])
    try:
        with ModelRed(x_modelred_key) as mr:
            a = mr.get_assessment(assessment_id)
    except Unauthorized:
        raise HTTPException(401, f"ModelRed rejected key {x_modelred_key}")
    except NotFound:
        raise HTTPException(404, f"assessment {assessment_id} not found")
    except APIError as e:
        raise HTTPException(502, detail=str(e))
    wb = Workbook()
    ws = wb.active
    ws.append(["probe", "category", "passed"])
    for r in a.get("results", []):
        ws.append([r.get("probe"), r.get("category"), r.get("passed")])
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    return StreamingResponse(buf, media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@app.get("/health")
def health():
    return {"service_key_set": bool(SERVICE_KEY)}
