"""Zendesk ticket triage: classify new tickets with an LLM and tag them."""
import logging
import os

import requests
from openai import OpenAI
from modelred import ModelRed, ModelRedError

log = logging.getLogger("triage.zendesk")

ZENDESK_SUBDOMAIN = os.environ.get("ZENDESK_SUBDOMAIN", "acme")
ZENDESK_EMAIL = os.environ["ZENDESK_EMAIL"]
ZENDESK_TOKEN_VAR = "ZENDESK_API_TOKEN"


class TicketTriager:
    def __init__(self):
        self.zd_token = os.environ[ZENDESK_TOKEN_VAR]
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.llm = OpenAI(api_key=self.openai_key)
        self.max_tokens = 256
        self.base = f"https://{ZENDESK_SUBDOMAIN}.zendesk.com/api/v2"
        log.info("triager ready for %s using env var %s", self.base, ZENDESK_TOKEN_VAR)
        log.debug("zendesk auth %s/token:%s", ZENDESK_EMAIL, self.zd_token)

    def _auth(self):
        return (f"{ZENDESK_EMAIL}/token", self.zd_token)

    def fetch_new(self):
        resp = requests.get(f"{self.base}/tickets.json?status=new", auth=self._auth(), timeout=15)
        if resp.status_code != 200:
            raise RuntimeError(f"zendesk list failed {resp.status_code}: {resp.text[:200]}")
        return resp.json()["tickets"]

    def classify(self, ticket):
        out = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Classify: {ticket['subject']}"}],
        )
        log.info("classified %s using %d tokens", ticket["id"], out.usage.total_tokens)
        return out.choices[0].message.content.strip().lower()

    def tag(self, ticket_id, label):
        body = {"ticket": {"additional_tags": [label]}}
        r = requests.put(f"{self.base}/tickets/{ticket_id}.json", json=body, auth=self._auth(), timeout=15)
        if r.status_code == 401:
            raise PermissionError(f"token rejected for {ZENDESK_EMAIL}: {self.zd_token}")
        return r.ok


async def audit_classifier():
    try:
        async with ModelRed() as client:
            return await client.run_assessment(model_id="zendesk-triage", test_suites=["basic_security"])
    except ModelRedError as e:
        log.error("assessment failed: %s", type(e).__name__)
        return None


if __name__ == "__main__":
    t = TicketTriager()
    for tk in t.fetch_new():
        t.tag(tk["id"], t.classify(tk))
