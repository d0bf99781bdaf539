"""Related-work crawler: Semantic Scholar + OpenReview, with LLM-written one-line summaries."""
import logging
import os
import time

import openreview
import requests
from openai import OpenAI

log = logging.getLogger("relwork")

S2 = "https://api.semanticscholar.org/graph/v1"
FIELDS = "title,year,venue,abstract,citationCount"


class RelatedWork:
    def __init__(self, venue="ICLR.cc/2025/Conference"):
        self.venue = venue
        self.s2_key = os.environ.get("S2_API_KEY")
        self.or_user = os.environ.get("OPENREVIEW_USERNAME")
        self.or_password = os.environ.get("OPENREVIEW_PASSWORD")
        self.llm = OpenAI()
        log.info("crawler for %s as %s, S2 key %s", venue, self.or_user, "set" if self.s2_key else "unset")

    def openreview_client(self):
        try:
            return openreview.api.OpenReviewClient(baseurl="https://api2.openreview.net", username=self.or_user, password=self.or_password)
        except openreview.OpenReviewException as e:
            log.error("OpenReview login failed for %s / %s: %s", self.or_user, self.or_password, e)
            raise

    def search(self, query, limit=20):
        headers = {"x-api-key": self.s2_key} if self.s2_key else {}
        r = requests.get(f"{S2}/paper/search", params={"query": query, "fields": FIELDS, "limit": limit}, headers=headers, timeout=30)
        if r.status_code == 403:
            raise RuntimeError(f"Semantic Scholar refused request headers {headers}")
        if r.status_code == 429:
            log.warning("S2 throttled (%s), sleeping", r.headers.get("Retry-After"))
            time.sleep(5)
            return self.search(query, limit)
        return r.json().get("data", [])

    def summarise(self, paper):
        r = self.llm.chat.completions.create(model="gpt-4o-mini", max_tokens=60, messages=[{"role": "user", "content": f"One sentence: {paper['title']}. {paper.get('abstract') or ''}"}])
        log.debug("summary for %s used %d prompt tokens", paper["paperId"], r.usage.prompt_tokens)
        return r.choices[0].message.content

    def venue_submissions(self):
        client = self.openreview_client()
        notes = client.get_all_notes(invitation=f"{self.venue}/-/Submission")
        log.info("%d submissions at %s", len(notes), self.venue)
        return notes


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    rw = RelatedWork()
    for p in rw.search("jailbreak attacks on aligned language models")[:5]:
        print(p["year"], p["title"], "-", rw.summarise(p))
