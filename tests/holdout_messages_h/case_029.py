"""Vertex AI access with service-account credentials refreshed by google-auth."""
import logging
import os

import google.auth
import google.auth.transport.requests
import requests

log = logging.getLogger("vertex")
SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]


def access_token() -> str:
    credentials, project = google.auth.default(scopes=SCOPES)
    credentials.refresh(google.auth.transport.requests.Request())
    log.info("refreshed credentials for project %s, expiry %s", project, credentials.expiry)
    log.debug("bearer %s", credentials.token)
    return credentials.token


def predict(endpoint_id: str, instances: list) -> dict:
    project = os.environ["GOOGLE_CLOUD_PROJECT"]
    region = os.environ.get("VERTEX_REGION", "us-central1")
    token = access_token()
    url = f"https://{region}-aiplatform.googleapis.com/v1/projects/{project}/locations/{region}/endpoints/{endpoint_id}:predict"
    resp = requests.post(url, headers={"Authorization": f"Bearer {token}"}, json={"instances": instances}, timeout=60)
    if not resp.ok:
        raise RuntimeError(f"vertex predict failed ({resp.status_code}) for {endpoint_id}: {resp.text}")
    out = resp.json()
    log.info("deployed model %s answered %d predictions", out.get("deployedModelId"), len(out.get("predictions", [])))
    return out


def whoami() -> None:
    credentials, _ = google.auth.default(scopes=SCOPES)
    log.info("service account: %s", getattr(credentials, "service_account_email", "?"))
    log.info("token valid: %s", credentials.valid)
    tok = access_token()
    print("Authorization: Bearer " + tok)
