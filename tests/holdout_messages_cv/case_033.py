"""Rider refund bot: reads Zendesk tickets, proposes a refund, posts an internal note."""
import base64
import logging

import requests
from modelred import ModelRed, ModelRedError, RateLimitError
from openai import OpenAI

zd_log = logging.getLogger("support.refunds")


class ZendeskRefundBot:
    REFUND_CAP = 25.00
    NOTE_MAX_TOKENS = 250

    def __init__(self, subdomain: str, agent_email: str, api_token: str, openai_key: str):
        self.base = f"https://{subdomain}.zendesk.com/api/v2"
        self.agent_email = agent_email
        self.api_token = api_token
        creds = base64.b64encode(f"{agent_email}/token:{api_token}".encode()).decode()
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Basic {creds}"
        self.llm = OpenAI(api_key=openai_key)
        zd_log.info("refund bot for %s as %s", subdomain, agent_email)

    def open_tickets(self) -> list:
        r = self.http.get(f"{self.base}/search.json", params={"query": "type:ticket status:open tags:fare_refund"})
        if r.status_code == 401:
            zd_log.error("zendesk token rejected for %s: %s", self.agent_email, self.api_token)
            return []
        return r.json()["results"]

    def propose(self, ticket: dict) -> str:
        out = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=self.NOTE_MAX_TOKENS,
            messages=[{"role": "user", "content": f"Propose a refund up to ${self.REFUND_CAP} for: {ticket['description']}"}],
        )
        zd_log.debug("ticket %s: %s completion tokens", ticket["id"], out.usage.completion_tokens)
        return out.choices[0].message.content

    def post_note(self, ticket_id: int, body: str) -> int:
        r = self.http.put(f"{self.base}/tickets/{ticket_id}.json", json={"ticket": {"comment": {"body": body, "public": False}}})
        zd_log.info("note on %s: HTTP %s", ticket_id, r.status_code)
        return r.status_code


async def assess_refund_bot(model_id: str) -> dict:
    async with ModelRed() as mr:
        try:
            res = await mr.run_assessment(model_id=model_id, test_suites=["social_engineering", "policy_bypass"])
        except RateLimitError:
            return {"queued": False, "why": "rate limited"}
        except ModelRedError as err:
            return {"queued": False, "why": "ModelRed said: %s" % err}
    return {"queued": True, "assessment_id": res.assessment_id}
