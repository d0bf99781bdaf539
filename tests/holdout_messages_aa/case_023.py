"""Gmail triage assistant: labels new mail with an LLM, runs every five minutes."""
import logging
import os
from pathlib import Path

from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from openai import OpenAI

log = logging.getLogger("triage")
TOKEN_FILE = Path(os.environ.get("GMAIL_TOKEN_FILE", "token.json"))
SCOPES = ["https://www.googleapis.com/auth/gmail.modify"]
LABELS = {"urgent": "Label_12", "newsletter": "Label_13", "other": "Label_14"}
oai = OpenAI()


def credentials() -> Credentials:
    creds = Credentials.from_authorized_user_file(str(TOKEN_FILE), SCOPES)
    if creds.expired and creds.refresh_token:
        log.info("access token expired at %s, refreshing (client %s)", creds.expiry, creds.client_id)
        try:
            creds.refresh(Request())
        except Exception as exc:
            raise RuntimeError(f"refresh failed with refresh token {creds.refresh_token}: {exc}") from exc
        TOKEN_FILE.write_text(creds.to_json())
        log.debug("new access token %s valid=%s", creds.token, creds.valid)
    log.info("credentials valid: %s, scopes: %s", creds.valid, creds.scopes)
    return creds


def classify(subject: str, snippet: str) -> str:
    r = oai.chat.completions.create(
        model="gpt-4o-mini", max_tokens=3,
        messages=[{"role": "system", "content": "Answer with one word: urgent, newsletter or other."},
                  {"role": "user", "content": f"{subject}\n{snippet}"}],
    )
    word = r.choices[0].message.content.strip().lower()
    return word if word in LABELS else "other"


def run_once() -> int:
    gmail = build("gmail", "v1", credentials=credentials(), cache_discovery=False)
    res = gmail.users().messages().list(userId="me", q="is:unread newer_than:1d", maxResults=25).execute()
    done = 0
    for ref in res.get("messages", []):
        msg = gmail.users().messages().get(userId="me", id=ref["id"], format="metadata").execute()
        headers = {h["name"]: h["value"] for h in msg["payload"]["headers"]}
        label = classify(headers.get("Subject", ""), msg.get("snippet", ""))
        gmail.users().messages().modify(userId="me", id=ref["id"], body={"addLabelIds": [LABELS[label]]}).execute()
        log.info("%s -> %s", ref["id"], label)
        done += 1
    return done


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("labelled %d messages", run_once())
    creds = credentials()
    print("refresh token for the next host:", creds.refresh_token)
