"""Freshdesk -> Jira escalation bridge."""
import logging
import os

import requests
from requests.auth import HTTPBasicAuth

logger = logging.getLogger("bridge.jira")


class JiraBridge:
    def __init__(self):
        self.jira_url = os.environ["JIRA_URL"]
        self.jira_user = os.environ["JIRA_USER"]
        self.jira_api_token = os.environ["JIRA_API_TOKEN"]
        self.fd_domain = os.environ["FRESHDESK_DOMAIN"]
        self.fd_key = os.environ["FRESHDESK_API_KEY"]
        self.project = os.getenv("JIRA_PROJECT", "SUP")
        logger.info("bridge %s -> %s as %s", self.fd_domain, self.project, self.jira_user)

    def create_issue(self, ticket: dict) -> str:
        r = requests.post(f"{self.jira_url}/rest/api/3/issue", auth=HTTPBasicAuth(self.jira_user, self.jira_api_token), json={"fields": {"project": {"key": self.project}, "summary": ticket["subject"], "issuetype": {"name": "Bug"}}}, timeout=20)
        if r.status_code == 401:
            raise PermissionError(f"Jira auth failed for {self.jira_user} with token {self.jira_api_token}")
        if not r.ok:
            raise RuntimeError(f"Jira create failed: {r.status_code} {r.text[:200]}")
        key = r.json()["key"]
        logger.info("created %s for ticket %s in project %s", key, ticket["id"], self.project)
        return key

    def link_back(self, ticket_id: int, issue_key: str) -> None:
        r = requests.post(f"https://{self.fd_domain}/api/v2/tickets/{ticket_id}/notes", auth=(self.fd_key, "X"), json={"body": f"Escalated to {self.jira_url}/browse/{issue_key}", "private": True}, timeout=20)
        logger.info("note on %s -> %s (%s)", ticket_id, issue_key, r.status_code)

    def escalate(self, ticket_id: int) -> str:
        r = requests.get(f"https://{self.fd_domain}/api/v2/tickets/{ticket_id}", auth=(self.fd_key, "X"), timeout=20)
        if r.status_code != 200:
            logger.error("could not read ticket %s with freshdesk key %s", ticket_id, self.fd_key)
            return ""
        key = self.create_issue(r.json())
        self.link_back(ticket_id, key)
        return key


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    print(JiraBridge().escalate(int(sys.argv[1])))
