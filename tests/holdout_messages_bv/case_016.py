"""gspread helper module used by several notebooks: auth from a JSON blob in the env."""
import json
import logging
import os

import gspread
from google.oauth2.service_account import Credentials

logger = logging.getLogger("sheets_auth")
SA_ENV = "GOOGLE_SA_JSON"
SCOPES = ("https://www.googleapis.com/auth/spreadsheets",
          "https://www.googleapis.com/auth/drive.readonly")


def service_account_info() -> dict:
    raw = os.environ.get(SA_ENV)
    if raw is None:
        raise EnvironmentError(f"{SA_ENV} not set")
    try:
        info = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{SA_ENV} is not JSON: {raw}") from exc
    logger.info("service account %s in project %s", info.get("client_email"), info.get("project_id"))
    return info


def client() -> gspread.Client:
    info = service_account_info()
    private_key = info.get("private_key", "")
    logger.debug("private key id %s", info.get("private_key_id"))
    if "BEGIN PRIVATE KEY" not in private_key:
        logger.error("malformed private key: %s", private_key)
    creds = Credentials.from_service_account_info(info, scopes=list(SCOPES))
    return gspread.authorize(creds)


def open_ws(sheet_key: str, tab: str):
    gc = client()
    sh = gc.open_by_key(sheet_key)
    logger.info("opened %s / %s", sh.title, tab)
    return sh.worksheet(tab)


def append_rows(sheet_key: str, tab: str, rows):
    ws = open_ws(sheet_key, tab)
    ws.append_rows(rows, value_input_option="USER_ENTERED")
    logger.info("appended %d rows", len(rows))
    return len(rows)
