"""Socrata open-data client used by the budget transparency dashboard."""
import logging

import requests

logger = logging.getLogger(__name__)


class SocrataClient:
    APP_TOKEN_HEADER = "X-App-Token"

    def __init__(self, domain: str, app_token: str, timeout: float = 30.0):
        self.domain = domain
        self.app_token = app_token
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers[self.APP_TOKEN_HEADER] = app_token
        logger.debug("socrata client for %s header %s", domain, self.APP_TOKEN_HEADER)

    def query(self, dataset: str, soql: str, limit: int = 1000):
        url = f"https://{self.domain}/resource/{dataset}.json"
        resp = self.session.get(url, params={"$query": soql, "$limit": limit}, timeout=self.timeout)
        if resp.status_code == 403:
            raise PermissionError(f"Socrata refused app token {self.app_token} on {dataset}")
        if resp.status_code >= 400:
            raise RuntimeError(f"Socrata {dataset} failed: {resp.status_code} {resp.text[:200]}")
        rows = resp.json()
        logger.info("fetched %d rows from %s (timeout %.0fs)", len(rows), dataset, self.timeout)
        return rows

    def describe(self):
        return {"domain": self.domain, "timeout": self.timeout}

    def debug_dump(self):
        logger.debug("session headers: %s", self.session.headers)

    def __repr__(self):
        return f"SocrataClient(domain={self.domain!r})"


def budget_lines(client: SocrataClient, fiscal_year: int):
    soql = f"SELECT department, SUM(amount) WHERE fiscal_year = {int(fiscal_year)} GROUP BY department"
    try:
        return client.query("budget-2024", soql)
    except PermissionError:
        logger.error("budget query denied for %s", client.describe())
        return []
