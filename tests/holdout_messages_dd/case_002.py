"""FCM HTTP v1 fan-out for the chat summary feature (plain functions)."""
import json
import logging
import os

import google.auth.transport.requests
import requests
from google.oauth2 import service_account

logger = logging.getLogger(__name__)

SCOPES = ["https://www.googleapis.com/auth/firebase.messaging"]
PROJECT_ID = os.environ.get("FIREBASE_PROJECT_ID", "chatapp-prod")
OPENAI_KEY = os.environ["OPENAI_API_KEY"]


def access_token() -> str:
    creds = service_account.Credentials.from_service_account_file(
        os.environ["GOOGLE_APPLICATION_CREDENTIALS"], scopes=SCOPES)
    creds.refresh(google.auth.transport.requests.Request())
    logger.debug("fcm token expiry=%s project=%s", creds.expiry, PROJECT_ID)
    return creds.token


def summarize(messages: list[str]) -> str:
    body = {"model": "gpt-4o-mini", "max_tokens": 60,
            "messages": [{"role": "user", "content": "Summarise:\n" + "\n".join(messages)}]}
    r = requests.post("https://api.openai.com/v1/chat/completions", json=body,
                      headers={"Authorization": f"Bearer {OPENAI_KEY}"}, timeout=20)
    if r.status_code != 200:
        raise RuntimeError(f"openai {r.status_code}: {r.text[:200]}")
    usage = r.json()["usage"]
    logger.info("summary used %d tokens (max_tokens=%d)", usage["total_tokens"], body["max_tokens"])
    return r.json()["choices"][0]["message"]["content"]


def push_summary(fcm_token: str, thread_id: str, messages: list[str]):
    token = access_token()
    msg = {"message": {"token": fcm_token,
                       "notification": {"title": "New messages", "body": summarize(messages)},
                       "data": {"thread_id": thread_id}}}
    url = f"https://fcm.googleapis.com/v1/projects/{PROJECT_ID}/messages:send"
    resp = requests.post(url, json=msg, headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if resp.status_code == 401:
        logger.error("FCM refused OAuth token %s", token)
    elif resp.status_code == 404:
        logger.info("device token unregistered for thread %s", thread_id)
    return resp.ok


def debug_dump():
    print(json.dumps({"project": PROJECT_ID, "openai_key": OPENAI_KEY}, indent=2))
