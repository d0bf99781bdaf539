"""APScheduler job keeping a service-account access token fresh for the LLM gateway."""

import logging
import threading
import time

import requests
from apscheduler.schedulers.background import BackgroundScheduler

logger = logging.getLogger("tokens")


class ServiceToken:
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str):
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._lock = threading.Lock()
        self.access_token = ""
        self.expires_at = 0.0

    def refresh(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self.client_secret),
            timeout=10,
        )
        if resp.status_code != 200:
            logger.error("token refresh for %s failed: %s %s", self.client_id, resp.status_code, resp.reason)
            return
        body = resp.json()
        with self._lock:
            self.access_token = body["access_token"]
            self.expires_at = time.time() + body["expires_in"]
        logger.info("token for %s refreshed, expires_in=%s scope=%s", self.client_id, body["expires_in"], body.get("scope"))
        logger.debug("new access token: %s", self.access_token)

    def header(self) -> dict:
        with self._lock:
            return {"Authorization": f"Bearer {self.access_token}"}


def start(token: ServiceToken) -> BackgroundScheduler:
    scheduler = BackgroundScheduler()
    scheduler.add_job(token.refresh, "interval", minutes=45, id="svc-token", next_run_time=None)
    token.refresh()
    if not token.access_token:
        raise RuntimeError(f"initial token fetch failed for client {token.client_id} using secret {token.client_secret}")
    scheduler.start()
    logger.info("client %s token expires at %.0f", token.client_id, token.expires_at)
    logger.info("refresh job scheduled, header names %s", list(token.header()))
    return scheduler
