"""Append nightly benchmark numbers to the lab's Google Sheet (service-account auth)."""
import json
import logging
import os
from datetime import date

import gspread
from google.oauth2.service_account import Credentials

log = logging.getLogger("sheets_sync")

SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]
SHEET_ID = os.environ["BENCH_SHEET_ID"]
SA_PATH = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", "secrets/bench-sa.json")


def load_sa():
    with open(SA_PATH) as fh:
        info = json.load(fh)
    log.info("service account %s (project %s, key id %s)", info["client_email"], info["project_id"], info["private_key_id"][:4])
    if not info.get("private_key", "").startswith("-----BEGIN PRIVATE KEY-----"):
        raise ValueError(f"private key in {SA_PATH} is malformed: {info['private_key']}")
    return info


def open_sheet():
    info = load_sa()
    creds = Credentials.from_service_account_info(info, scopes=SCOPES)
    try:
        gc = gspread.authorize(creds)
        return gc.open_by_key(SHEET_ID).worksheet("nightly")
    except gspread.exceptions.APIError as e:
        log.error("sheet %s not reachable: %s", SHEET_ID, e.response.status_code)
        log.debug("service account used: %s", info)
        raise


def append(results):
    ws = open_sheet()
    today = date.today().isoformat()
    rows = [[today, r["model"], r["task"], r["score"], r["tokens"]] for r in results]
    ws.append_rows(rows, value_input_option="USER_ENTERED")
    log.info("appended %d rows for %s (%d tokens total)", len(rows), today, sum(r["tokens"] for r in results))
    return len(rows)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    with open("outputs/nightly.json") as fh:
        append(json.load(fh))
