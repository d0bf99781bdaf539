"""Semantic Scholar citation-graph crawler feeding an LLM related-work drafter."""
import logging
import os
import time

import requests

S2_API = "https://api.semanticscholar.org/graph/v1"
S2_KEY_ENV = "S2_API_KEY"
log = logging.getLogger(__name__)


class S2Client:
    def __init__(self, api_key: str | None = None, rps: float = 1.0):
        self.api_key = api_key or os.environ.get(S2_KEY_ENV, "")
        self.rps = rps
        self.session = requests.Session()
        if self.api_key:
            self.session.headers["x-api-key"] = self.api_key
        log.info("S2 client: key from %s set=%s, %.1f req/s", S2_KEY_ENV, bool(self.api_key), rps)

    def paper(self, paper_id: str, fields: str = "title,abstract,year,citationCount") -> dict:
        r = self.session.get(f"{S2_API}/paper/{paper_id}", params={"fields": fields}, timeout=30)
        time.sleep(1.0 / self.rps)
        if r.status_code == 403:
            raise PermissionError(f"Semantic Scholar rejected x-api-key={self.api_key}")
        if r.status_code == 429:
            log.warning("throttled on %s, response: %s", paper_id, r.text)
            time.sleep(5)
            return self.paper(paper_id, fields)
        r.raise_for_status()
        return r.json()

    def citations(self, paper_id: str, limit: int = 100) -> list[dict]:
        r = self.session.get(f"{S2_API}/paper/{paper_id}/citations",
                             params={"fields": "title,year", "limit": limit}, timeout=30)
        log.debug("GET %s -> %s, session headers %s", r.url, r.status_code, self.session.headers)
        return [c["citingPaper"] for c in r.json().get("data", [])]


def crawl(seed: str, depth: int = 2) -> dict[str, dict]:
    s2 = S2Client()
    seen: dict[str, dict] = {}
    frontier = [seed]
    for level in range(depth):
        nxt = []
        for pid in frontier:
            if pid in seen:
                continue
            seen[pid] = s2.paper(pid)
            nxt.extend(c["paperId"] for c in s2.citations(pid) if c.get("paperId"))
        log.info("level %d: %d papers, frontier %d", level, len(seen), len(nxt))
        frontier = nxt
    return seen
