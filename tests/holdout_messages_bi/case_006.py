"""Subrogation demand letters: drafts with an LLM and files them with the recovery vendor."""
import logging
import os

import requests
from openai import OpenAI, APIStatusError

log = logging.getLogger("subro")

RECOVERY_API = os.getenv("RECOVERY_API", "https://recoveries.example.org/api")


class SubrogationDesk:
    def __init__(self):
        self.llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
        self.recovery_token = os.environ["RECOVERY_VENDOR_TOKEN"]
        self.recovery_account = os.environ.get("RECOVERY_ACCOUNT_ID", "acct-001")
        self.max_tokens = 900

    def draft(self, claim: dict) -> str:
        prompt = f"Draft a subrogation demand to {claim['at_fault_carrier']} for claim {claim['number']} paid ${claim['paid']:.2f}."
        try:
            out = self.llm.chat.completions.create(model="gpt-4o", max_tokens=self.max_tokens, messages=[{"role": "user", "content": prompt}])
        except APIStatusError as e:
            log.error("draft failed %s: %s", e.status_code, e.message)
            raise
        log.info("draft for %s used %d tokens", claim["number"], out.usage.total_tokens)
        return out.choices[0].message.content

    def file_demand(self, claim: dict, letter: str) -> str:
        headers = {"Authorization": f"Token {self.recovery_token}", "X-Account": self.recovery_account}
        r = requests.post(f"{RECOVERY_API}/demands", json={"claim": claim["number"], "letter": letter}, headers=headers, timeout=30)
        if r.status_code == 403:
            log.error("vendor refused account %s", self.recovery_account)
            raise PermissionError("recovery vendor refused token " + self.recovery_token)
        if not r.ok:
            raise RuntimeError(f"demand filing failed: {r.status_code} {r.text[:300]}")
        demand_id = r.json()["demand_id"]
        log.info("filed demand %s for claim %s", demand_id, claim["number"])
        return demand_id

    def debug_dump(self) -> None:
        log.debug("desk config: %s", vars(self))


if __name__ == "__main__":
    desk = SubrogationDesk()
    c = {"number": "AU-77120", "at_fault_carrier": "Northwind Mutual", "paid": 8421.5}
    letter = desk.draft(c)
    print(desk.file_demand(c, letter))
