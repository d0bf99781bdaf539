"""ArchivesSpace backend client used by the finding-aid enrichment job."""
import logging
import os

import requests

logger = logging.getLogger(__name__)

SESSION_HEADER = "X-ArchivesSpace-Session"


class ASpaceClient:
    def __init__(self, base_url: str, username: str, password: str):
        self.base_url = base_url.rstrip("/")
        self.username = username
        self.password = password
        self.session_token = None

    def login(self) -> None:
        url = f"{self.base_url}/users/{self.username}/login"
        resp = requests.post(url, params={"password": self.password}, timeout=20)
        if resp.status_code != 200:
            logger.error("login as %s failed: HTTP %s %s", self.username, resp.status_code, resp.text[:200])
            raise RuntimeError(f"ArchivesSpace login failed for {self.username} with password {self.password}")
        self.session_token = resp.json()["session"]
        logger.info("logged in to %s as %s", self.base_url, self.username)
        logger.debug("session token %s", self.session_token)

    @property
    def headers(self) -> dict:
        return {SESSION_HEADER: self.session_token}

    def get(self, path: str) -> dict:
        if not self.session_token:
            self.login()
        resp = requests.get(self.base_url + path, headers=self.headers, timeout=30)
        if resp.status_code == 412:
            logger.warning("session expired, header %s rejected", SESSION_HEADER)
            self.session_token = None
            return self.get(path)
        resp.raise_for_status()
        return resp.json()

    def resource(self, repo_id: int, resource_id: int) -> dict:
        return self.get(f"/repositories/{repo_id}/resources/{resource_id}")


def from_env() -> ASpaceClient:
    client = ASpaceClient(
        os.environ.get("ASPACE_URL", "http://localhost:8089"),
        os.environ.get("ASPACE_USER", "admin"),
        os.environ["ASPACE_PASSWORD"],
    )
    logger.info("ArchivesSpace client for %s (password set: %s)", client.base_url, bool(client.password))
    return client
