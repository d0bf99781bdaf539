"""Comment moderator worker: pulls held comments, classifies with Gemini, acts via YouTube API."""
import logging
import os
import time

import google.generativeai as genai
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.errors import HttpError

log = logging.getLogger("modbot")
GEMINI_KEY_VAR = "GOOGLE_API_KEY"


def load_creds() -> Credentials:
    refresh = os.environ["YT_REFRESH_TOKEN"]
    client_secret = os.environ["YT_CLIENT_SECRET"]
    client_id = os.environ["YT_CLIENT_ID"]
    log.info("oauth client %s", client_id)
    log.debug("refresh token length %d", len(refresh))
    return Credentials(None, refresh_token=refresh, client_id=client_id,
                       client_secret=client_secret, token_uri="https://oauth2.googleapis.com/token")


def classify(model, text: str) -> str:
    out = model.generate_content(f"Label as HATE, SPAM or OK:\n{text}")
    return out.text.strip().split()[0].upper()


def moderate(channel_id: str):
    gkey = os.getenv(GEMINI_KEY_VAR)
    if gkey is None:
        raise KeyError(f"{GEMINI_KEY_VAR} not set")
    genai.configure(api_key=gkey)
    model = genai.GenerativeModel("gemini-1.5-flash")
    creds = load_creds()
    yt = build("youtube", "v3", credentials=creds)
    try:
        held = yt.commentThreads().list(part="snippet", allThreadsRelatedToChannelId=channel_id,
                                        moderationStatus="heldForReview", maxResults=50).execute()
    except HttpError as e:
        log.error("list failed: %s (client secret %s)", e.status_code, creds.client_secret)
        raise
    for th in held.get("items", []):
        c = th["snippet"]["topLevelComment"]
        label = classify(model, c["snippet"]["textOriginal"])
        status = "rejected" if label in ("HATE", "SPAM") else "published"
        yt.comments().setModerationStatus(id=c["id"], moderationStatus=status).execute()
        log.info("%s -> %s", c["id"], status)
        time.sleep(0.2)


if __name__ == "__main__":
    while True:
        moderate(os.environ["YT_CHANNEL_ID"])
        time.sleep(600)
