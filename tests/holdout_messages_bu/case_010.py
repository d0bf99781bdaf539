"""Bug-bounty report drafter: HackerOne report skeletons written by Claude."""
import logging
import os
from typing import Optional

import anthropic
import requests

logger = logging.getLogger("bb.drafter")

H1_API = "https://api.hackerone.com/v1"


class ReportDrafter:
    def __init__(self, h1_user: str, h1_token: str, anthropic_key: Optional[str] = None):
        self.h1_user = h1_user
        self.h1_token = h1_token
        self.claude = anthropic.Anthropic(api_key=anthropic_key or os.environ["ANTHROPIC_API_KEY"])
        self.session = requests.Session()
        self.session.auth = (h1_user, h1_token)
        logger.info("drafter for hackerone user %s", h1_user)

    def program_scope(self, handle: str):
        r = self.session.get(f"{H1_API}/hackers/programs/{handle}", timeout=15)
        if r.status_code == 401:
            logger.error("hackerone auth failed for %s with token %s", self.h1_user, self.h1_token)
            return []
        r.raise_for_status()
        return r.json()["relationships"]["structured_scopes"]["data"]

    def draft(self, handle: str, title: str, notes: str) -> str:
        scope = [s["attributes"]["asset_identifier"] for s in self.program_scope(handle)]
        msg = self.claude.messages.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=1500,
            system="You write concise, reproducible bug bounty reports.",
            messages=[{"role": "user", "content": f"Program {handle}, scope {scope}.\nTitle: {title}\nNotes: {notes}"}],
        )
        logger.info("draft for %s: %d output tokens", handle, msg.usage.output_tokens)
        return msg.content[0].text

    def auth_header_debug(self):
        logger.debug("session auth: %s", self.session.auth)
        logger.debug("session auth user: %s", self.session.auth[0])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    d = ReportDrafter(os.environ["H1_USERNAME"], os.environ["H1_API_TOKEN"])
    print(d.draft("acme", "IDOR on /api/v2/invoices", "changing invoice id leaks other tenants' PDFs"))
