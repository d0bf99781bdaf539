"""Loguru-based tracing for an agent's tool calls to SaaS APIs (Linear, Zendesk)."""
import os

import requests
from loguru import logger

LINEAR_KEY = os.environ.get("LINEAR_API_KEY", "")
ZENDESK_EMAIL = os.environ.get("ZENDESK_EMAIL", "")
ZENDESK_TOKEN = os.environ.get("ZENDESK_API_TOKEN", "")
ZENDESK_SUBDOMAIN = os.environ.get("ZENDESK_SUBDOMAIN", "acme")

logger.add("agent_tools.log", rotation="10 MB", level="DEBUG")


def linear_issue(identifier: str) -> dict:
    query = "query($id: String!) { issue(id: $id) { title state { name } assignee { name } } }"
    resp = requests.post(
        "https://api.linear.app/graphql",
        json={"query": query, "variables": {"id": identifier}},
        headers={"Authorization": LINEAR_KEY},
        timeout=15,
    )
    logger.info("linear {} -> {}", identifier, resp.status_code)
    if resp.status_code == 401:
        logger.error("linear rejected key {}", LINEAR_KEY)
        return {}
    data = resp.json()
    if "errors" in data:
        raise RuntimeError(f"linear graphql errors: {data['errors']}")
    return data["data"]["issue"]


def zendesk_ticket(ticket_id: int) -> dict:
    auth = (f"{ZENDESK_EMAIL}/token", ZENDESK_TOKEN)
    url = f"https://{ZENDESK_SUBDOMAIN}.zendesk.com/api/v2/tickets/{ticket_id}.json"
    resp = requests.get(url, auth=auth, timeout=15)
    logger.debug("zendesk GET {} as {}", url, ZENDESK_EMAIL)
    if resp.status_code == 401:
        logger.warning("zendesk auth tuple {}", auth)
        raise PermissionError(f"zendesk auth failed for {ZENDESK_EMAIL} with token {ZENDESK_TOKEN}")
    return resp.json()["ticket"]


def selfcheck() -> None:
    for name, value in (("LINEAR_API_KEY", LINEAR_KEY), ("ZENDESK_API_TOKEN", ZENDESK_TOKEN)):
        if not value:
            logger.warning("{} is not set", name)
        else:
            logger.info("{} set ({} chars)", name, len(value))


if __name__ == "__main__":
    selfcheck()
    print(linear_issue("ENG-123"))
