"""Google Drive folder loader using an installed-app OAuth token cached in token.json."""
import json
import logging
import os
from pathlib import Path

from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

log = logging.getLogger(__name__)

SCOPES = ["https://www.googleapis.com/auth/drive.readonly"]
TOKEN_PATH = Path(os.environ.get("GDRIVE_TOKEN_PATH", "token.json"))


def load_credentials() -> Credentials:
    creds = Credentials.from_authorized_user_file(str(TOKEN_PATH), SCOPES)
    log.info("token scopes=%s valid=%s expiry=%s", creds.scopes, creds.valid, creds.expiry)
    if creds.expired and creds.refresh_token:
        log.debug("refreshing with refresh token %s", creds.refresh_token)
        creds.refresh(Request())
        TOKEN_PATH.write_text(creds.to_json())
        log.debug("new access token %s", creds.token)
    return creds


def list_folder(service, folder_id: str) -> list[dict]:
    files, page_token = [], None
    while True:
        resp = service.files().list(
            q=f"'{folder_id}' in parents and trashed = false",
            fields="nextPageToken, files(id, name, mimeType, modifiedTime)",
            pageToken=page_token,
        ).execute()
        files.extend(resp.get("files", []))
        page_token = resp.get("nextPageToken")
        log.debug("page token %s, %d files", page_token, len(files))
        if not page_token:
            return files


def export_text(service, file_id: str) -> str:
    data = service.files().export(fileId=file_id, mimeType="text/plain").execute()
    return data.decode("utf-8", errors="replace")


def load(folder_id: str) -> list[dict]:
    creds = load_credentials()
    service = build("drive", "v3", credentials=creds, cache_discovery=False)
    docs = []
    for f in list_folder(service, folder_id):
        if f["mimeType"] != "application/vnd.google-apps.document":
            continue
        docs.append({"id": f["id"], "title": f["name"], "text": export_text(service, f["id"])})
    info = json.loads(creds.to_json())
    log.info("loaded %d docs as client %s", len(docs), info.get("client_id"))
    return docs
