"""Vertex AI access with a Google service account."""
import json
import logging
import sys

import google.auth.transport.requests
from google.oauth2 import service_account

logger = logging.getLogger("vertex")
SCOPES = ["https://www.googleapis.com/auth/cloud-platform"]


def load_info(path):
    with open(path) as fh:
        info = json.load(fh)
    for field in ("client_email", "private_key", "project_id"):
        if field not in info:
            raise KeyError(f"service account file {path} lacks {field!r}")
    logger.info("service account %s for project %s", info["client_email"], info["project_id"])
    logger.debug("key id %s", info.get("private_key_id"))
    return info


def credentials(path):
    info = load_info(path)
    try:
        creds = service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
    except ValueError as exc:
        logger.error("could not parse service account info %s", info)
        raise RuntimeError(f"bad service account file {path}") from exc
    return creds


def access_token(creds):
    creds.refresh(google.auth.transport.requests.Request())
    logger.info("token valid until %s (scopes %s)", creds.expiry, ",".join(creds.scopes))
    return creds.token


def main(path):
    creds = credentials(path)
    tok = access_token(creds)
    print(f"token for {creds.service_account_email} expires at {creds.expiry}")
    print("token type: Bearer, length", len(tok), file=sys.stderr)
    return tok


if __name__ == "__main__":
    main(sys.argv[1])
