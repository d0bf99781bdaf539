"""Jira integration: files a ticket for every failed ModelRed assessment."""
import logging
import os

from jira import JIRA
from jira.exceptions import JIRAError
import modelred

log = logging.getLogger("jira_sync")

JIRA_SERVER = os.environ.get("JIRA_SERVER", "https://acme.atlassian.net")
JIRA_USER = os.environ["JIRA_USER_EMAIL"]
JIRA_API_TOKEN = os.environ["JIRA_API_TOKEN"]
PROJECT_KEY = "SECAI"
ISSUE_TYPE = "Bug"


def connect() -> JIRA:
    log.info("connecting to %s as %s (project %s)", JIRA_SERVER, JIRA_USER, PROJECT_KEY)
    try:
        return JIRA(server=JIRA_SERVER, basic_auth=(JIRA_USER, JIRA_API_TOKEN))
    except JIRAError as err:
        raise ConnectionError(f"Jira login failed for {JIRA_USER}:{JIRA_API_TOKEN} ({err.status_code})") from err


def file_ticket(jira: JIRA, assessment: dict) -> str:
    fields = {
        "project": {"key": PROJECT_KEY},
        "issuetype": {"name": ISSUE_TYPE},
        "summary": f"ModelRed assessment {assessment['id']} failed on {assessment['model']}",
        "description": f"Score {assessment.get('score')}; see the ModelRed dashboard.",
    }
    issue = jira.create_issue(fields=fields)
    log.info("filed %s for %s", issue.key, assessment["id"])
    return issue.key


def sync(client: modelred.ModelRed, jira: JIRA) -> None:
    for a in client.list_assessments(status="FAILED", limit=50).get("data", []):
        try:
            detail = client.get_assessment(a["id"])
        except modelred.NotFound:
            continue
        except modelred.APIError as exc:
            log.warning("skip %s: %s (status %s)", a["id"], exc, getattr(exc, "status_code", None))
            continue
        key = file_ticket(jira, detail)
        log.debug("ticket key %s, sort key %s", key, detail.get("createdAt"))


if __name__ == "__main__":
    mr_key = os.environ["MODELRED_API_KEY"]
    if os.environ.get("SYNC_VERBOSE"):
        log.debug("env: JIRA_API_TOKEN=%s MODELRED_API_KEY=%s", JIRA_API_TOKEN, mr_key[:4])
    with modelred.ModelRed(mr_key, max_retries=5) as client:
        sync(client, connect())
