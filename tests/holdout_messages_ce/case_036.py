"""Quote comparison bot: pulls competitor quotes from a rating aggregator, explains with Groq."""
import logging
import os

import requests
from groq import Groq

rating_log = logging.getLogger("quotes.rating")

AGGREGATOR_URL = "https://api.rating-aggregator.example/v3/quotes"


class QuoteExplainer:
    def __init__(self):
        self.aggregator_user = os.environ["AGGREGATOR_USER"]
        self.aggregator_password = os.environ["AGGREGATOR_PASSWORD"]
        self.groq_key = os.environ["GROQ_API_KEY"]
        self.llm = Groq(api_key=self.groq_key)

    def fetch_quotes(self, risk: dict) -> list:
        r = requests.post(AGGREGATOR_URL, json=risk, auth=(self.aggregator_user, self.aggregator_password), timeout=30)
        if r.status_code == 401:
            rating_log.error("aggregator refused user %s", self.aggregator_user)
            raise PermissionError(f"aggregator login failed for {self.aggregator_user}:{self.aggregator_password}")
        rating_log.info("aggregator %s returned %d quotes", r.status_code, len(r.json()["quotes"]))
        return r.json()["quotes"]

    def explain(self, risk: dict) -> str:
        quotes = self.fetch_quotes(risk)
        chat = self.llm.chat.completions.create(
            model="llama-3.1-70b-versatile", max_tokens=600,
            messages=[{"role": "user", "content": f"Compare these quotes for the insured: {quotes}"}],
        )
        rating_log.info("groq usage %s", chat.usage.total_tokens)
        return chat.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    qe = QuoteExplainer()
    rating_log.debug("explainer state %s", vars(qe))
    print(qe.explain({"state": "TX", "class_code": "91580", "payroll": 1200000}))
