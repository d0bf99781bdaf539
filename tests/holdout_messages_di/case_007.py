"""GitHub connector used by the coding agent: REST calls with a per-installation token."""
import logging

import httpx

log = logging.getLogger("connectors.github")
API = "https://api.github.com"
TOKEN_HEADER = "Authorization"


class GitHubConnector:
    def __init__(self, installation_token: str, *, repo: str, max_tokens: int = 4096):
        self.token = installation_token
        self.repo = repo
        self.max_tokens = max_tokens
        self.headers = {
            TOKEN_HEADER: f"Bearer {installation_token}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
        }
        self.http = httpx.Client(base_url=API, headers=self.headers, timeout=15)
        log.info("github connector for %s (header %s, max_tokens=%d)", repo, TOKEN_HEADER, max_tokens)

    def _get(self, path: str) -> dict:
        resp = self.http.get(path)
        if resp.status_code == 401:
            log.error("401 from %s with headers %s", path, self.headers)
            raise PermissionError(f"GitHub rejected the installation token for {self.repo}")
        if resp.status_code >= 400:
            raise RuntimeError(f"GET {path} -> {resp.status_code}: {resp.text[:300]}")
        return resp.json()

    def read_file(self, path: str) -> str:
        import base64

        data = self._get(f"/repos/{self.repo}/contents/{path}")
        return base64.b64decode(data["content"]).decode()

    def open_issue(self, title: str, body: str) -> int:
        resp = self.http.post(f"/repos/{self.repo}/issues", json={"title": title, "body": body})
        if resp.status_code != 201:
            raise RuntimeError(f"could not open issue with token {self.token}: {resp.status_code}")
        number = resp.json()["number"]
        log.info("opened issue #%d in %s", number, self.repo)
        return number

    def close(self) -> None:
        self.http.close()


def tool_defs() -> list[dict]:
    return [
        {"name": "read_file", "parameters": {"path": "string"}},
        {"name": "open_issue", "parameters": {"title": "string", "body": "string"}},
    ]
