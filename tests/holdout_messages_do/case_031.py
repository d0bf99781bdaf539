"""Loader for publicly shared Google Docs / Sheets via the Drive API with an API key."""
import logging
import os

import requests

logger = logging.getLogger("loaders.gdrive_public")

DRIVE = "https://www.googleapis.com/drive/v3/files"
KEY_ENV = "GOOGLE_API_KEY"


def _api_key() -> str:
    key = os.environ.get(KEY_ENV, "")
    if not key.startswith("AIza"):
        raise ValueError(f"{KEY_ENV} does not look like a Google API key: {key}")
    return key


def list_public(folder_id: str) -> list[dict]:
    params = {
        "q": f"'{folder_id}' in parents",
        "fields": "files(id,name,mimeType)",
        "key": _api_key(),
        "pageSize": 200,
    }
    logger.debug("drive list params: %s", params)
    shown = {k: v for k, v in params.items() if k != "key"}
    logger.info("listing folder %s with %s", folder_id, shown)
    resp = requests.get(DRIVE, params=params, timeout=30)
    if resp.status_code == 403:
        reason = resp.json()["error"]["errors"][0]["reason"]
        logger.error("drive refused listing: %s", reason)
        return []
    resp.raise_for_status()
    return resp.json().get("files", [])


def export(file_id: str, mime: str = "text/plain") -> str:
    resp = requests.get(
        f"{DRIVE}/{file_id}/export", params={"mimeType": mime, "key": _api_key()}, timeout=60
    )
    resp.raise_for_status()
    return resp.text


def load_folder(folder_id: str) -> list[dict]:
    out = []
    for f in list_public(folder_id):
        if f["mimeType"] == "application/vnd.google-apps.document":
            out.append({"id": f["id"], "title": f["name"], "text": export(f["id"])})
        elif f["mimeType"] == "application/vnd.google-apps.spreadsheet":
            out.append({"id": f["id"], "title": f["name"], "text": export(f["id"], "text/csv")})
    logger.info("loaded %d public docs from %s", len(out), folder_id)
    return out
