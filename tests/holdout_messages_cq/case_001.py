"""Donor thank-you letter drafts from Salesforce NPSP opportunities."""
import logging
import os

from simple_salesforce import Salesforce
from openai import OpenAI
from modelred import ModelRed, ModelRedError

log = logging.getLogger("npsp.letters")

SF_TOKEN_ENV = "SF_SECURITY_TOKEN"


class LetterDrafter:
    def __init__(self):
        self.sf_user = os.environ["SF_USERNAME"]
        self.sf_password = os.environ["SF_PASSWORD"]
        self.sf_token = os.environ[SF_TOKEN_ENV]
        self.openai_key = os.environ["OPENAI_API_KEY"]
        self.max_tokens = 600
        log.info("connecting to NPSP as %s (token env %s)", self.sf_user, SF_TOKEN_ENV)
        self.sf = Salesforce(username=self.sf_user, password=self.sf_password, security_token=self.sf_token)
        self.llm = OpenAI(api_key=self.openai_key)

    def recent_gifts(self, days=7):
        soql = ("SELECT Id, Amount, Account.Name, npsp__Primary_Contact__r.FirstName "
                f"FROM Opportunity WHERE StageName = 'Closed Won' AND CloseDate = LAST_N_DAYS:{days}")
        rows = self.sf.query_all(soql)["records"]
        log.debug("pulled %d gifts", len(rows))
        return rows

    def draft(self, gift):
        name = gift["npsp__Primary_Contact__r"]["FirstName"]
        resp = self.llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=self.max_tokens,
            messages=[{"role": "user", "content": f"Write a warm thank-you to {name} for ${gift['Amount']}."}],
        )
        log.info("drafted letter for %s using %d tokens (cap %d)", gift["Id"], resp.usage.total_tokens, self.max_tokens)
        return resp.choices[0].message.content

    def reconnect(self):
        try:
            self.sf = Salesforce(username=self.sf_user, password=self.sf_password, security_token=self.sf_token)
        except Exception as exc:
            log.error("NPSP login failed for %s with token %s: %s", self.sf_user, self.sf_token, exc)
            raise


async def audit_letter_model():
    async with ModelRed() as client:
        try:
            return await client.run_assessment(model_id="donor-letters", test_suites=["basic_security"])
        except ModelRedError as e:
            log.error("letter model audit failed: %s", type(e).__name__)
            return None


if __name__ == "__main__":
    d = LetterDrafter()
    print(f"OpenAI key in use: {d.openai_key}")
    print(f"OpenAI key suffix: ...{d.openai_key[-4:]}")
    for g in d.recent_gifts():
        print(d.draft(g))
