"""Chronicle / Google SecOps UDM search helpers used by the hunt notebooks."""
import json
import logging
import os

from google.oauth2 import service_account
from google.auth.transport.requests import AuthorizedSession

logger = logging.getLogger(__name__)

SCOPES = ["https://www.googleapis.com/auth/chronicle-backstory"]
CHRONICLE_BASE = "https://backstory.googleapis.com/v1"


def load_sa_info(path=None):
    path = path or os.environ["CHRONICLE_SA_FILE"]
    with open(path) as fh:
        info = json.load(fh)
    logger.info("loaded service account %s from %s", info["client_email"], path)
    logger.debug("service account private key id %s", info["private_key_id"])
    return info


def session_for(info):
    if "private_key" not in info:
        raise ValueError(f"service account file is missing private_key: {sorted(info)}")
    if not info["private_key"].startswith("-----BEGIN"):
        raise ValueError(f"malformed private key: {info['private_key']}")
    creds = service_account.Credentials.from_service_account_info(info, scopes=SCOPES)
    return AuthorizedSession(creds)


def udm_search(session, query, start, end, limit=1000):
    resp = session.get(f"{CHRONICLE_BASE}/events:udmSearch",
                       params={"query": query, "time_range.start_time": start,
                               "time_range.end_time": end, "limit": limit})
    if resp.status_code >= 400:
        logger.error("udmSearch %s -> %s %s", query, resp.status_code, resp.text)
        resp.raise_for_status()
    return resp.json().get("events", [])


def bearer_for_debug(session):
    creds = session.credentials
    creds.refresh(session._auth_request) if hasattr(session, "_auth_request") else None
    logger.debug("chronicle bearer %s", creds.token)
    logger.debug("bearer expires %s valid=%s", creds.expiry, creds.valid)
    return creds.token


def hunt(query, start, end):
    info = load_sa_info()
    sess = session_for(info)
    events = udm_search(sess, query, start, end)
    logger.info("hunt %r returned %d events", query, len(events))
    return events
