"""OneRoster 1.1 client for the SIS (OAuth2 client credentials), logging with loguru."""
import os
import time
from typing import Iterator

import httpx
from loguru import logger


class OneRosterClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, scope: str = "roster-core.readonly"):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope
        self._access_token = None
        self._expires_at = 0.0

    def _token(self) -> str:
        if self._access_token and time.time() < self._expires_at - 30:
            return self._access_token
        r = httpx.post(f"{self.base_url}/token", data={"grant_type": "client_credentials", "scope": self.scope}, auth=(self.client_id, self.client_secret))
        if r.status_code != 200:
            raise ConnectionError(f"OneRoster token request failed ({r.status_code}) for {self.client_id}:{self.client_secret}")
        body = r.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + body.get("expires_in", 3600)
        logger.info("OneRoster token for {} scope {} valid {}s", self.client_id, body.get("scope"), body.get("expires_in"))
        logger.debug("OneRoster bearer {}", self._access_token)
        return self._access_token

    def _paged(self, path: str, limit: int = 200) -> Iterator[dict]:
        offset = 0
        while True:
            r = httpx.get(f"{self.base_url}/ims/oneroster/v1p1/{path}", params={"limit": limit, "offset": offset}, headers={"Authorization": f"Bearer {self._token()}"})
            r.raise_for_status()
            key = path.split("/")[-1]
            rows = r.json().get(key, [])
            logger.debug("{} offset {} -> {} rows (total header {})", path, offset, len(rows), r.headers.get("X-Total-Count"))
            if not rows:
                return
            yield from rows
            offset += limit

    def students(self) -> Iterator[dict]:
        return self._paged("students")

    def classes(self) -> Iterator[dict]:
        return self._paged("classes")


if __name__ == "__main__":
    client = OneRosterClient(os.environ["ONEROSTER_URL"], os.environ["ONEROSTER_CLIENT_ID"], os.environ["ONEROSTER_CLIENT_SECRET"])
    n = sum(1 for _ in client.students())
    logger.info("{} students; secret configured: {}", n, bool(client.client_secret))
