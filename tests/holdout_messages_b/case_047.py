import logging

from fastapi import FastAPI, HTTPException

from .errors import NotFound, ServerError
from .store import load_report, parse_filters

app = FastAPI()
log = logging.getLogger(__name__)


@app.get("/reports/{report_id}")
def get_report(report_id: str, q: str = ""):
    try:
        filters = parse_filters(q)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc))
    try:
        return load_report(report_id, filters)
    except NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc))
    except ServerError as exc:
        log.error("report %s failed: %s", report_id, exc)
        raise HTTPException(status_code=500, detail=f"report backend error: {exc}")
