"""Gmail tools for the inbox agent: OAuth credentials stored per user."""
from __future__ import annotations

import json
import logging
from pathlib import Path

from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

logger = logging.getLogger("inbox.gmail")
TOKEN_DIR = Path("~/.agent/tokens").expanduser()
SCOPES = ["https://www.googleapis.com/auth/gmail.modify"]


def load_credentials(user_id: str) -> Credentials:
    path = TOKEN_DIR / f"{user_id}.json"
    info = json.loads(path.read_text())
    creds = Credentials.from_authorized_user_info(info, SCOPES)
    if creds.expired and creds.refresh_token:
        logger.info("refreshing gmail token for %s (expiry %s)", user_id, creds.expiry)
        try:
            creds.refresh(Request())
        except Exception as exc:
            logger.error("refresh failed for %s with refresh_token=%s: %s", user_id, creds.refresh_token, exc)
            raise
        path.write_text(creds.to_json())
        logger.debug("saved token file %s, scopes %s", path, creds.scopes)
    return creds


def list_unread(user_id: str, max_results: int = 10) -> list[dict]:
    creds = load_credentials(user_id)
    service = build("gmail", "v1", credentials=creds, cache_discovery=False)
    res = service.users().messages().list(userId="me", q="is:unread", maxResults=max_results).execute()
    msgs = res.get("messages", [])
    logger.info("%s has %d unread, next page token %s", user_id, len(msgs), res.get("nextPageToken"))
    return msgs


def send_reply(user_id: str, thread_id: str, raw: str) -> str:
    creds = load_credentials(user_id)
    service = build("gmail", "v1", credentials=creds, cache_discovery=False)
    try:
        sent = service.users().messages().send(userId="me", body={"raw": raw, "threadId": thread_id}).execute()
    except Exception as exc:
        logger.warning("send failed for %s, access token %s", user_id, creds.token)
        raise RuntimeError(f"could not send reply in thread {thread_id}") from exc
    return sent["id"]


def export_debug(user_id: str) -> None:
    info = json.loads((TOKEN_DIR / f"{user_id}.json").read_text())
    print("token file fields:", sorted(info))
    print("client_id:", info.get("client_id"), "has client_secret:", "client_secret" in info)
