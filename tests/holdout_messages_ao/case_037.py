"""Atlassian Cloud connector (Jira issues + Confluence pages) for the search index, with structlog."""
import os

import structlog
from atlassian import Confluence, Jira
from requests.exceptions import HTTPError

log = structlog.get_logger("connectors.atlassian")

SITE = os.getenv("ATLASSIAN_SITE", "https://acme.atlassian.net")
EMAIL = os.getenv("ATLASSIAN_EMAIL", "search-bot@acme.com")
TOKEN_ENV = "ATLASSIAN_API_TOKEN"


class AtlassianConnector:
    def __init__(self, api_token: str | None = None):
        self.api_token = api_token or os.environ[TOKEN_ENV]
        self.jira = Jira(url=SITE, username=EMAIL, password=self.api_token, cloud=True)
        self.wiki = Confluence(url=f"{SITE}/wiki", username=EMAIL, password=self.api_token, cloud=True)
        log.info("atlassian.connect", site=SITE, email=EMAIL, token_env=TOKEN_ENV)
        log.debug("atlassian.auth", email=EMAIL, api_token=self.api_token)

    def jira_issues(self, jql: str, limit: int = 100) -> list[dict]:
        try:
            res = self.jira.jql(jql, limit=limit, fields="summary,description,updated")
        except HTTPError as exc:
            log.error("jira.query_failed", jql=jql, status=exc.response.status_code)
            raise
        issues = [{"id": i["key"], "title": i["fields"]["summary"], "body": i["fields"].get("description") or ""} for i in res.get("issues", [])]
        log.info("jira.fetched", jql=jql, count=len(issues))
        return issues

    def wiki_pages(self, space: str) -> list[dict]:
        pages = self.wiki.get_all_pages_from_space(space, limit=200, expand="body.storage")
        log.info("confluence.fetched", space=space, count=len(pages))
        return [{"id": p["id"], "title": p["title"], "body": p["body"]["storage"]["value"]} for p in pages]


def check_token(token: str) -> bool:
    ok = len(token) >= 180 and token.startswith("ATATT")
    if not ok:
        log.warning("atlassian.bad_token", token=token, length=len(token))
    log.info("atlassian.token_check", ok=ok, length=len(token))
    return ok


if __name__ == "__main__":
    c = AtlassianConnector()
    check_token(c.api_token)
    print(len(c.jira_issues("project = LEGAL AND updated >= -1d")), "issues")
