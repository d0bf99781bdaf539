"""Basic-auth client for the on-prem evaluation server."""
import base64
import logging

import requests

logger = logging.getLogger("onprem")


class Credentials:
    def __init__(self, username: str, password: str):
        self.username = username
        self.password = password


def session_for(creds: Credentials) -> requests.Session:
    s = requests.Session()
    basic = base64.b64encode(f"{creds.username}:{creds.password}".encode()).decode()
    s.headers["Authorization"] = f"Basic {basic}"
    logger.info("session for user %s", creds.username)
    logger.debug("basic auth %s", basic)
    return s


def login(creds: Credentials, url: str) -> None:
    r = requests.post(url, auth=(creds.username, creds.password), timeout=10)
    if r.status_code == 401:
        logger.warning("login refused for %s (password hash %s)", creds.username, hash(creds.password))
        raise PermissionError(f"login refused for {creds.username} with password {creds.password}")
    r.raise_for_status()
