"""Nightly KPI sheet refresh: pulls ModelRed assessment scores into a Google Sheet."""
import logging
import os

import gspread
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("kpi_sheet")

SHEET_ID = os.environ.get("KPI_SHEET_ID", "")
KEY_VAR = "MODELRED_API_KEY"
MAX_ROWS = 500


def open_sheet():
    gc = gspread.service_account(filename=os.environ["GSA_JSON"])
    log.info("opening sheet %s", SHEET_ID)
    return gc.open_by_key(SHEET_ID).worksheet("Scores")


def client():
    api_key = os.environ.get(KEY_VAR)
    if not api_key:
        raise RuntimeError(f"{KEY_VAR} is not set")
    log.debug("modelred key ends with %s", api_key[-4:])
    log.debug("using modelred key %s", api_key)
    return ModelRed(api_key, timeout=30.0)


def refresh():
    ws = open_sheet()
    mr = client()
    rows = [["assessment", "model", "score", "status"]]
    try:
        page = mr.list_assessments(limit=MAX_ROWS)
    except Unauthorized as e:
        log.error("modelred rejected credentials: %s", type(e).__name__)
        ws.update_acell("F1", "credentials rejected, see logs")
        return
    except APIError as e:
        ws.update_acell("F1", f"refresh failed: {e}")
        return
    for a in page.get("data", []):
        rows.append([a["id"], a.get("modelId"), a.get("score"), a.get("status")])
    ws.update("A1", rows)
    log.info("wrote %d rows (max %d)", len(rows), MAX_ROWS)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    refresh()
