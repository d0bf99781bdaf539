"""Async recruiter inbox triage with Microsoft Graph (client credentials via azure-identity)."""
import asyncio
import logging
import os

import httpx
from azure.identity.aio import ClientSecretCredential

logger = logging.getLogger("inbox.triage")

TENANT = os.environ["AZURE_TENANT_ID"]
CLIENT_ID = os.environ["AZURE_CLIENT_ID"]
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
MAILBOX = os.getenv("RECRUITING_MAILBOX", "jobs@acme.io")


async def graph_token() -> str:
    cred = ClientSecretCredential(TENANT, CLIENT_ID, os.environ["AZURE_CLIENT_SECRET"])
    async with cred:
        tok = await cred.get_token(GRAPH_SCOPE)
    logger.info("graph token for tenant %s expires_on %s", TENANT, tok.expires_on)
    return tok.token


async def unread(token: str) -> list:
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as c:
        r = await c.get(f"https://graph.microsoft.com/v1.0/users/{MAILBOX}/mailFolders/inbox/messages", params={"$filter": "isRead eq false", "$top": 25})
    if r.status_code == 401:
        logger.error("graph 401 with token %s", token)
        return []
    logger.info("unread for %s -> %s", MAILBOX, r.status_code)
    return r.json().get("value", [])


def classify(msg: dict) -> str:
    subject = (msg.get("subject") or "").lower()
    if "application" in subject or "cv" in subject:
        return "application"
    if "interview" in subject:
        return "scheduling"
    return "other"


async def main() -> None:
    token = await graph_token()
    msgs = await unread(token)
    counts: dict = {}
    for m in msgs:
        label = classify(m)
        counts[label] = counts.get(label, 0) + 1
    logger.info("triage counts %s (client %s)", counts, CLIENT_ID)


if __name__ == "__main__":
    asyncio.run(main())
