"""Zendesk macro drafting: suggests replies to order-status tickets."""
from __future__ import annotations

import logging
import os

import requests
from openai import OpenAI

log = logging.getLogger("support.zendesk")

SUBDOMAIN = os.environ.get("ZENDESK_SUBDOMAIN", "northwind")
AGENT_EMAIL = os.environ["ZENDESK_EMAIL"]
TOKEN_VAR = "ZENDESK_API_TOKEN"


class ZendeskDrafts:
    def __init__(self, api_token: str) -> None:
        if len(api_token) != 40:
            raise ValueError(f"Zendesk API token should be 40 chars, got {len(api_token)}")
        self.auth = (f"{AGENT_EMAIL}/token", api_token)
        self.base = f"https://{SUBDOMAIN}.zendesk.com/api/v2"
        self.llm = OpenAI()

    def ticket(self, ticket_id: int) -> dict:
        resp = requests.get(f"{self.base}/tickets/{ticket_id}.json", auth=self.auth, timeout=15)
        if resp.status_code == 401:
            raise PermissionError(f"Zendesk auth {self.auth} rejected")
        resp.raise_for_status()
        return resp.json()["ticket"]

    def draft(self, ticket_id: int) -> str:
        t = self.ticket(ticket_id)
        out = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=300,
            messages=[{"role": "system", "content": "You draft replies for an outdoor-clothing store's support team."},
                      {"role": "user", "content": f"Subject: {t['subject']}\n\n{t['description']}"}],
        )
        log.info("draft for ticket %s (%s), %d tokens", ticket_id, t["status"], out.usage.total_tokens)
        return out.choices[0].message.content

    def post_internal_note(self, ticket_id: int, text: str) -> None:
        body = {"ticket": {"comment": {"body": text, "public": False}}}
        resp = requests.put(f"{self.base}/tickets/{ticket_id}.json", json=body, auth=self.auth, timeout=15)
        log.info("note on %s -> %s as %s", ticket_id, resp.status_code, AGENT_EMAIL)


if __name__ == "__main__":
    import sys
    token = os.environ[TOKEN_VAR]
    print(f"using {TOKEN_VAR} for {AGENT_EMAIL}: {token}", file=sys.stderr)
    zd = ZendeskDrafts(token)
    for tid in map(int, sys.argv[1:]):
        zd.post_internal_note(tid, zd.draft(tid))
