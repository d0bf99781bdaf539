"""Google Vertex/Gemini auth glue."""
import logging
import os

import google.auth
import google.auth.transport.requests

log = logging.getLogger("gcp")
GOOGLE_API_KEY = os.environ.get("GOOGLE_API_KEY")


def access_token() -> str:
    credentials, project = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])
    credentials.refresh(google.auth.transport.requests.Request())
    log.info("project %s, token expiry %s", project, credentials.expiry)
    log.debug("gcp access token %s", credentials.token)
    return credentials.token


def gemini_url(model: str) -> str:
    url = f"https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent?key={GOOGLE_API_KEY}"
    log.debug("calling %s", url)
    log.debug("calling model %s", model)
    return url
