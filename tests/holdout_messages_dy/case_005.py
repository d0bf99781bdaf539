"""OAuth2 client-credentials wiring for the generated `insights_api` client."""
import logging
import time

import requests

import insights_api
from insights_api.rest import ApiException

logger = logging.getLogger(__name__)

TOKEN_URL = "https://auth.insights.example.com/oauth2/token"
SCOPE = "insights.read insights.write"


def fetch_token(client_id: str, client_secret: str) -> dict:
    resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": SCOPE}, auth=(client_id, client_secret), timeout=10)
    if resp.status_code != 200:
        logger.error("token endpoint said %s: %s", resp.status_code, resp.text)
        raise RuntimeError(f"cannot get token for client {client_id} using secret {client_secret}")
    reply = resp.json()
    logger.info("got %s token, expires_in=%s scope=%s", reply.get("token_type"), reply.get("expires_in"), reply.get("scope"))
    return reply


class InsightsSession:
    def __init__(self, client_id: str, client_secret: str, host: str = "https://api.insights.example.com"):
        self.client_id = client_id
        self.client_secret = client_secret
        self.configuration = insights_api.Configuration(host=host)
        self._expires_at = 0.0

    def _ensure_token(self) -> None:
        if time.time() < self._expires_at - 60:
            return
        reply = fetch_token(self.client_id, self.client_secret)
        self.configuration.access_token = reply["access_token"]
        self._expires_at = time.time() + int(reply.get("expires_in", 3600))
        logger.debug("refreshed bearer for %s: %s", self.client_id, self.configuration.access_token)

    def list_reports(self, limit: int = 50) -> list:
        self._ensure_token()
        with insights_api.ApiClient(self.configuration) as api_client:
            api = insights_api.ReportsApi(api_client)
            out, cursor = [], None
            while True:
                try:
                    page = api.list_reports(limit=limit, cursor=cursor)
                except ApiException as exc:
                    logger.warning("list_reports failed: status=%s headers=%s", exc.status, exc.headers)
                    raise
                out.extend(page.items)
                cursor = page.next_cursor
                if not cursor:
                    return out

    def describe(self) -> None:
        logger.info("InsightsSession(client_id=%s, host=%s, token=%s)", self.client_id, self.configuration.host, "yes" if self.configuration.access_token else "no")
