"""Push the weekly NPS table to a Google Sheet for the CX leads."""
import json
import logging
import os

import gspread
from google.oauth2.service_account import Credentials

log = logging.getLogger("nps.sheets")
SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]
SA_PATH_ENV = "NPS_SHEETS_SA_JSON"


def credentials() -> Credentials:
    path = os.environ.get(SA_PATH_ENV, "secrets/nps-sheets-sa.json")
    info = json.load(open(path))
    log.info("service account %s (project %s) from %s", info["client_email"], info["project_id"], path)
    if "private_key" not in info:
        raise KeyError(f"{path} has no private_key field; fields are {sorted(info)}")
    if not info["private_key"].startswith("-----BEGIN PRIVATE KEY-----"):
        raise ValueError(f"private key in {path} is malformed: {info['private_key']}")
    return Credentials.from_service_account_info(info, scopes=SCOPES)


def push(rows: list[list]) -> None:
    creds = credentials()
    gc = gspread.authorize(creds)
    sh = gc.open_by_key(os.environ["NPS_SHEET_ID"])
    ws = sh.worksheet("weekly")
    ws.clear()
    ws.update("A1", [["segment", "nps", "n"]] + rows)
    log.info("pushed %d rows to sheet %s", len(rows), sh.id)
    creds.refresh(__import__("google.auth.transport.requests", fromlist=["Request"]).Request())
    log.debug("access token %s expires %s", creds.token, creds.expiry)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    push([["enterprise", 52.1, 310], ["smb", 38.4, 894], ["consumer", 21.7, 4102]])
    print("done")
    print("scopes", SCOPES)
    print("credentials from env var", SA_PATH_ENV)
    print("ok")
