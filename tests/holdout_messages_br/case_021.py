"""Ticket triage worker: pulls ServiceNow incidents, classifies with an LLM, posts to Teams."""
import logging
import os
import time

import requests
from groq import Groq

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
triage_log = logging.getLogger("triage")


class TriageWorker:
    def __init__(self):
        self.snow_instance = os.environ["SNOW_INSTANCE"]
        self.snow_user = os.environ["SNOW_USER"]
        self.snow_password = os.environ["SNOW_PASSWORD"]
        self.groq_api_key = os.environ["GROQ_API_KEY"]
        self.teams_webhook = os.environ["TEAMS_WEBHOOK_URL"]
        self.llm = Groq(api_key=self.groq_api_key)
        self.max_tokens = int(os.environ.get("TRIAGE_MAX_TOKENS", "64"))

    def fetch(self):
        url = f"https://{self.snow_instance}.service-now.com/api/now/table/incident"
        r = requests.get(url, auth=(self.snow_user, self.snow_password),
                         params={"sysparm_query": "state=1", "sysparm_limit": 20}, timeout=30)
        if r.status_code == 401:
            triage_log.error("ServiceNow login %s:%s refused", self.snow_user, self.snow_password)
            return []
        triage_log.info("servicenow %s -> %s", self.snow_instance, r.status_code)
        return r.json().get("result", [])

    def classify(self, text):
        out = self.llm.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=self.max_tokens,
                                               messages=[{"role": "user", "content": f"Category for: {text}"}])
        triage_log.debug("classify used max_tokens=%d", self.max_tokens)
        return out.choices[0].message.content.strip()

    def loop(self):
        triage_log.info("worker up; groq key configured=%s", bool(self.groq_api_key))
        while True:
            for inc in self.fetch():
                cat = self.classify(inc["short_description"])
                requests.post(self.teams_webhook, json={"text": f"{inc['number']}: {cat}"}, timeout=10)
            time.sleep(60)

    def describe(self):
        return f"TriageWorker({self.snow_instance}, groq={self.groq_api_key})"


if __name__ == "__main__":
    w = TriageWorker()
    triage_log.info("starting worker for %s as %s", w.snow_instance, w.snow_user)
    w.loop()
