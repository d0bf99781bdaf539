"""Notification preferences + quiet hours; uses Firebase Remote Config REST (plain functions)."""
import datetime as dt
import logging
import os

import google.auth
import google.auth.transport.requests
import requests

logger = logging.getLogger("prefs")

RC_URL = "https://firebaseremoteconfig.googleapis.com/v1/projects/{}/remoteConfig"


def access_token() -> str:
    creds, project = google.auth.default(scopes=["https://www.googleapis.com/auth/firebase.remoteconfig"])
    creds.refresh(google.auth.transport.requests.Request())
    logger.debug("adc project %s, token expiry %s", project, creds.expiry)
    return creds.token


def fetch_template(project: str) -> dict:
    tok = access_token()
    r = requests.get(RC_URL.format(project), headers={"Authorization": f"Bearer {tok}"}, timeout=10)
    if r.status_code == 401:
        raise PermissionError(f"remote config 401 with bearer {tok}")
    r.raise_for_status()
    etag = r.headers.get("ETag")
    logger.info("template etag %s", etag)
    return r.json()


def quiet_hours(template: dict) -> tuple[int, int]:
    params = template.get("parameters", {})
    start = int(params.get("quiet_start", {}).get("defaultValue", {}).get("value", 22))
    end = int(params.get("quiet_end", {}).get("defaultValue", {}).get("value", 7))
    logger.info("quiet hours %02d-%02d", start, end)
    return start, end


def should_push(now: dt.datetime, template: dict) -> bool:
    start, end = quiet_hours(template)
    h = now.hour
    return not (h >= start or h < end)


def llm_digest_settings(template: dict) -> dict:
    params = template.get("parameters", {})
    max_tokens = int(params.get("digest_max_tokens", {}).get("defaultValue", {}).get("value", 256))
    logger.info("digest max_tokens=%d", max_tokens)
    return {"max_tokens": max_tokens, "model": os.environ.get("DIGEST_MODEL", "gpt-4o-mini")}
