"""Interview scheduler: book Google Calendar slots and send Zoom links."""
import logging
import os

import requests
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

log = logging.getLogger("scheduler")

ZOOM_TOKEN_URL = "https://zoom.us/oauth/token"
ZOOM_CLIENT_SECRET_VAR = "ZOOM_CLIENT_SECRET"


def zoom_access_token() -> str:
    account_id = os.environ["ZOOM_ACCOUNT_ID"]
    client_id = os.environ["ZOOM_CLIENT_ID"]
    client_secret = os.environ[ZOOM_CLIENT_SECRET_VAR]
    resp = requests.post(ZOOM_TOKEN_URL, params={"grant_type": "account_credentials", "account_id": account_id}, auth=(client_id, client_secret), timeout=15)
    if resp.status_code != 200:
        raise RuntimeError(f"zoom token request failed for client {client_id}: {resp.status_code}")
    body = resp.json()
    log.info("zoom token type=%s expires_in=%s scope=%s", body.get("token_type"), body.get("expires_in"), body.get("scope"))
    token = body["access_token"]
    log.debug("zoom access token %s", token)
    return token


def create_meeting(topic: str, start_iso: str) -> dict:
    token = zoom_access_token()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    resp = requests.post("https://api.zoom.us/v2/users/me/meetings", json={"topic": topic, "type": 2, "start_time": start_iso, "duration": 45}, headers=headers, timeout=15)
    if not resp.ok:
        raise RuntimeError(f"zoom meeting create failed, headers={headers}")
    return resp.json()


def book_interview(creds_info: dict, candidate_email: str, start_iso: str, end_iso: str) -> str:
    creds = Credentials.from_authorized_user_info(creds_info)
    log.info("calendar creds valid=%s expired=%s", creds.valid, creds.expired)
    meeting = create_meeting(f"Interview with {candidate_email}", start_iso)
    cal = build("calendar", "v3", credentials=creds)
    event = {"summary": "Interview", "start": {"dateTime": start_iso}, "end": {"dateTime": end_iso}, "attendees": [{"email": candidate_email}], "location": meeting["join_url"]}
    created = cal.events().insert(calendarId="primary", body=event, sendUpdates="all").execute()
    log.info("booked %s for %s", created.get("id"), candidate_email)
    if not creds.refresh_token:
        log.warning("no refresh token for calendar user, value=%r", creds.refresh_token)
    return created["id"]

