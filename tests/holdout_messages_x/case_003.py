"""Vertex AI access from a Cloud Run job using a mounted service-account key."""

import json
import logging
import os

import google.auth.transport.requests
from google.oauth2 import id_token, service_account

log = logging.getLogger("vertex")

KEY_PATH_ENV = "GOOGLE_APPLICATION_CREDENTIALS"
SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]


def load_info(path: str | None = None) -> dict:
    path = path or os.environ[KEY_PATH_ENV]
    with open(path, encoding="utf-8") as fh:
        info = json.load(fh)
    log.info("service account %s (project %s)", info["client_email"], info["project_id"])
    log.info("key id %s", info["private_key_id"])
    if not info["private_key"].startswith("-----BEGIN"):
        raise ValueError(f"malformed private key in {path}: {info['private_key']}")
    return info


def vertex_credentials(info: dict):
    creds = service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
    creds.refresh(google.auth.transport.requests.Request())
    log.info("vertex token valid until %s", creds.expiry)
    return creds


def invoker_token(audience: str) -> str:
    request = google.auth.transport.requests.Request()
    token = id_token.fetch_id_token(request, audience)
    log.debug("fetched id token for %s: %s", audience, token)
    return token


def call_private_service(session, url: str):
    tok = invoker_token(url)
    resp = session.get(url, headers={"Authorization": f"Bearer {tok}"}, timeout=10)
    if resp.status_code != 200:
        raise RuntimeError(f"{url} answered {resp.status_code}: {resp.text[:200]}")
    return resp.json()


def main():
    info = load_info()
    creds = vertex_credentials(info)
    print(f"project={creds.project_id} valid={creds.valid}")
    import requests

    print(call_private_service(requests.Session(), os.environ["EMBEDDER_URL"]))


if __name__ == "__main__":
    main()
