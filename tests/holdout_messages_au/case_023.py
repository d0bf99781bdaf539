"""Bitbucket Cloud integration for the code-review assistant (app password auth)."""
import logging
import os

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger("bitbucket")

BB_API = "https://api.bitbucket.org/2.0"


class BitbucketClient:
    def __init__(self, workspace: str, username: str, app_password: str):
        self.workspace = workspace
        self.username = username
        self.app_password = app_password
        self.session = requests.Session()
        self.session.auth = HTTPBasicAuth(username, app_password)
        log.info("bitbucket client for workspace %s as %s", workspace, username)

    @classmethod
    def from_env(cls) -> "BitbucketClient":
        return cls(os.environ["BB_WORKSPACE"], os.environ["BB_USERNAME"], os.environ["BB_APP_PASSWORD"])

    def __repr__(self) -> str:
        return f"BitbucketClient(workspace={self.workspace!r}, username={self.username!r})"

    def _get(self, path: str) -> dict:
        resp = self.session.get(f"{BB_API}{path}", timeout=15)
        if resp.status_code == 401:
            raise PermissionError(f"Bitbucket refused {self.username}/{self.app_password} for {self.workspace}")
        resp.raise_for_status()
        return resp.json()

    def pr_diff(self, repo: str, pr_id: int) -> str:
        resp = self.session.get(f"{BB_API}/repositories/{self.workspace}/{repo}/pullrequests/{pr_id}/diff", timeout=30)
        log.debug("diff %s#%s: %d bytes (HTTP %s)", repo, pr_id, len(resp.content), resp.status_code)
        return resp.text

    def comment(self, repo: str, pr_id: int, text: str) -> None:
        url = f"{BB_API}/repositories/{self.workspace}/{repo}/pullrequests/{pr_id}/comments"
        self.session.post(url, json={"content": {"raw": text}}, timeout=15)


def health(client: BitbucketClient) -> dict:
    log.info("health check for %r", client)
    try:
        user = client._get("/user")
    except PermissionError:
        log.error("app password for %s rejected: %s", client.username, client.app_password)
        return {"ok": False}
    return {"ok": True, "account": user.get("account_id")}
