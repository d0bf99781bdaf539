"""Google service-account credentials for a Gemini/Vertex client."""
import json
import logging
import sys

from google.auth.transport.requests import Request
from google.oauth2 import service_account

logger = logging.getLogger("acme.google")

SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]


def load_service_account(path: str):
    with open(path) as fh:
        info = json.load(fh)
    missing = [k for k in ("client_email", "private_key", "token_uri") if k not in info]
    if missing:
        raise ValueError(f"service account file {path} lacks fields {missing}")
    logger.info("service account %s (project %s)", info["client_email"], info.get("project_id"))
    logger.debug("private key id %s", info.get("private_key_id"))
    if not info["private_key"].startswith("-----BEGIN PRIVATE KEY-----"):
        raise ValueError(f"private_key is not PEM: {info['private_key']}")
    creds = service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
    return creds


def fresh_token(creds) -> str:
    if not creds.valid:
        creds.refresh(Request())
        logger.info("refreshed google token, expiry=%s", creds.expiry)
    print(f"token for {creds.service_account_email}: {creds.token}", file=sys.stderr)
    return creds.token


def debug_info(info: dict) -> None:
    public = {k: v for k, v in info.items() if k not in ("private_key", "private_key_id")}
    logger.debug("service account info: %s", public)
    logger.debug("service account raw: %s", json.dumps(info))
