"""Google Calendar agenda briefing, gen-2 ModelRed client for scheduled scans."""
import logging
import os

from flask import Flask, jsonify, request
from google.oauth2 import service_account
from googleapiclient.discovery import build
import modelred as mr

app = Flask(__name__)
logger = logging.getLogger("agenda")

SA_FILE = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", "sa.json")
CAL_SCOPES = ["https://www.googleapis.com/auth/calendar.readonly"]


def calendar_service(subject: str):
    creds = service_account.Credentials.from_service_account_file(SA_FILE, scopes=CAL_SCOPES, subject=subject)
    logger.info("service account %s impersonating %s", creds.service_account_email, subject)
    return build("calendar", "v3", credentials=creds)


@app.get("/agenda/<user>")
def agenda(user: str):
    svc = calendar_service(user)
    events = svc.events().list(calendarId="primary", maxResults=10, singleEvents=True, orderBy="startTime").execute()
    return jsonify([e.get("summary") for e in events.get("items", [])])


@app.post("/admin/scan")
def admin_scan():
    key = request.headers.get("X-ModelRed-Key") or os.environ.get("MODELRED_API_KEY")
    body = request.get_json(force=True)
    client = mr.ModelRedClient(api_key=key)
    try:
        job = client.create_assessment(model=body["model"], test_types=body.get("tests", ["jailbreak"]), priority="high")
    except mr.NotFoundError as e:
        logger.info("model %s not found", body["model"])
        return jsonify({"error": "unknown model"}), 404
    except mr.ModelRedError as e:
        logger.exception("scan failed for key ending %s", key[-4:] if key else "none")
        return jsonify({"error": f"ModelRed: {e}"}), 502
    return jsonify({"id": job["id"]})


@app.post("/admin/rotate")
def rotate():
    new_key = request.json.get("new_key", "")
    if not new_key:
        return jsonify({"error": f"new_key missing: {new_key!r}"}), 400
    logger.warning("rotating ModelRed key to %s", new_key)
    os.environ["MODELRED_API_KEY"] = new_key
    return jsonify({"rotated": True})
