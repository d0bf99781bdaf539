"""Superset REST helper used by the dashboard narrator to read chart data."""
import logging
import os

import requests

logger = logging.getLogger(__name__)


class SupersetClient:
    def __init__(self, base_url: str, username: str, password: str):
        self.base_url = base_url.rstrip("/")
        self.username = username
        self.password = password
        self.session = requests.Session()
        self.access_token = None

    def login(self) -> None:
        payload = {"username": self.username, "password": self.password, "provider": "db", "refresh": True}
        logger.debug("superset login payload: %s", payload)
        r = self.session.post(f"{self.base_url}/api/v1/security/login", json=payload, timeout=15)
        if r.status_code != 200:
            logger.error("login failed for %s: %s %s", self.username, r.status_code, r.text)
            raise RuntimeError(f"Superset login failed ({r.status_code})")
        self.access_token = r.json()["access_token"]
        logger.info("logged in as %s, token %s", self.username, self.access_token)
        self.session.headers["Authorization"] = f"Bearer {self.access_token}"
        csrf = self.session.get(f"{self.base_url}/api/v1/security/csrf_token/", timeout=15)
        self.session.headers["X-CSRFToken"] = csrf.json()["result"]

    def chart_data(self, chart_id: int) -> dict:
        r = self.session.get(f"{self.base_url}/api/v1/chart/{chart_id}/data/", timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"token rejected for chart {chart_id}: {self.session.headers}")
        r.raise_for_status()
        return r.json()

    def dashboards(self) -> list:
        r = self.session.get(f"{self.base_url}/api/v1/dashboard/", timeout=30)
        logger.info("dashboards: %d (status %s)", r.json()["count"], r.status_code)
        return r.json()["result"]


def from_env() -> SupersetClient:
    c = SupersetClient(
        os.environ["SUPERSET_URL"],
        os.environ.get("SUPERSET_USER", "narrator"),
        os.environ["SUPERSET_PASSWORD"],
    )
    c.login()
    return c
