"""Post (or update) the eval report comment on a pull request. Called by the `report` job."""
import logging
import os
import sys

import httpx

log = logging.getLogger("ci.comment")
logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"), format="%(levelname)s %(message)s")

MARKER = "<!-- eval-report -->"


class GitHubComments:
    def __init__(self, repo, token):
        self.repo = repo
        self.token = token
        headers = {"Authorization": f"Bearer {token}", "X-GitHub-Api-Version": "2022-11-28"}
        self.http = httpx.Client(base_url="https://api.github.com", headers=headers, timeout=15)
        log.debug("GitHub client for %s using token %s", repo, self.token)
        log.debug("GitHub client headers: %s", sorted(self.http.headers.keys()))

    def find_existing(self, pr):
        resp = self.http.get(f"/repos/{self.repo}/issues/{pr}/comments", params={"per_page": 100})
        if resp.status_code == 401:
            raise RuntimeError(f"GitHub rejected the token for {self.repo}: {self.token}")
        if resp.status_code == 403:
            raise RuntimeError(f"token lacks pull-requests:write on {self.repo} ({resp.headers.get('x-accepted-github-permissions')})")
        resp.raise_for_status()
        return next((c["id"] for c in resp.json() if MARKER in c["body"]), None)

    def upsert(self, pr, body):
        existing = self.find_existing(pr)
        text = f"{MARKER}\n{body}"
        if existing:
            resp = self.http.patch(f"/repos/{self.repo}/issues/comments/{existing}", json={"body": text})
        else:
            resp = self.http.post(f"/repos/{self.repo}/issues/{pr}/comments", json={"body": text})
        log.info("comment %s on #%s: %s", "updated" if existing else "created", pr, resp.status_code)
        return resp.is_success


def main():
    token = os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN")
    if not token:
        log.error("neither GITHUB_TOKEN nor GH_TOKEN is set (token=%r)", token)
        return 2
    client = GitHubComments(os.environ["GITHUB_REPOSITORY"], token)
    with open(os.environ.get("REPORT_PATH", "eval-report.md"), encoding="utf-8") as fh:
        report = fh.read()
    return 0 if client.upsert(os.environ["PR_NUMBER"], report) else 1


if __name__ == "__main__":
    sys.exit(main())
