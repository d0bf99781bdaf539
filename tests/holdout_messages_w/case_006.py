"""CrewAI tool that files Jira tickets for the incident crew."""
from __future__ import annotations

import base64
import logging
import os
from typing import Type

import requests
from crewai.tools import BaseTool
from pydantic import BaseModel, Field

log = logging.getLogger("crew.jira")


class TicketInput(BaseModel):
    summary: str = Field(..., description="One-line summary")
    description: str = Field("", description="Details")
    priority: str = Field("Medium")


class JiraTicketTool(BaseTool):
    name: str = "create_jira_ticket"
    description: str = "Create a Jira ticket in the incident project."
    args_schema: Type[BaseModel] = TicketInput

    def _auth(self) -> dict[str, str]:
        email = os.environ["JIRA_EMAIL"]
        token = os.environ["JIRA_API_TOKEN"]
        basic = base64.b64encode(f"{email}:{token}".encode()).decode()
        log.debug("jira auth for %s, token length %d", email, len(token))
        return {"Authorization": f"Basic {basic}", "Content-Type": "application/json"}

    def _run(self, summary: str, description: str = "", priority: str = "Medium") -> str:
        base = os.environ.get("JIRA_BASE_URL", "https://example.atlassian.net")
        headers = self._auth()
        payload = {
            "fields": {
                "project": {"key": "INC"},
                "summary": summary,
                "description": description,
                "issuetype": {"name": "Task"},
                "priority": {"name": priority},
            }
        }
        resp = requests.post(f"{base}/rest/api/2/issue", json=payload, headers=headers, timeout=20)
        if resp.status_code in (401, 403):
            raise PermissionError(f"Jira auth failed with {headers['Authorization']}")
        if not resp.ok:
            raise RuntimeError(f"Jira returned {resp.status_code}: {resp.text[:300]}")
        key = resp.json()["key"]
        log.info("created ticket %s at %s", key, base)
        return f"Created {key}"


def check_config() -> None:
    token = os.environ.get("JIRA_API_TOKEN")
    if token and len(token) < 20:
        raise ValueError(f"JIRA_API_TOKEN looks truncated: {token}")
    if not token:
        raise ValueError(f"JIRA_API_TOKEN is empty: {token!r}")
