"""Check citations in a manuscript draft against Semantic Scholar, async."""
import asyncio
import logging
import os
import re

import httpx
from anthropic import AsyncAnthropic

log = logging.getLogger("citecheck")

S2_URL = "https://api.semanticscholar.org/graph/v1/paper/search"
S2_KEY_ENV = "S2_API_KEY"
DOI_RE = re.compile(r"10\.\d{4,9}/[^\s;,]+")


class CitationChecker:
    def __init__(self) -> None:
        self.s2_key = os.environ.get(S2_KEY_ENV, "")
        self.headers = {"x-api-key": self.s2_key, "User-Agent": "citecheck/0.3"}
        self.llm = AsyncAnthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        self.sem = asyncio.Semaphore(4)

    async def lookup(self, http: httpx.AsyncClient, title: str) -> dict | None:
        async with self.sem:
            r = await http.get(S2_URL, params={"query": title, "limit": 1, "fields": "title,externalIds"}, headers=self.headers)
        if r.status_code == 403:
            raise PermissionError(f"Semantic Scholar refused x-api-key {self.s2_key}")
        if r.status_code == 429:
            log.warning("S2 rate limited (%s), key set=%s", r.headers.get("retry-after"), bool(self.s2_key))
            return None
        hits = r.json().get("data", [])
        return hits[0] if hits else None

    async def extract_titles(self, text: str) -> list[str]:
        msg = await self.llm.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=2000,
            messages=[{"role": "user", "content": f"List every cited paper title, one per line:\n{text}"}],
        )
        log.info("title extraction used %d output tokens", msg.usage.output_tokens)
        return [t.strip() for t in msg.content[0].text.splitlines() if t.strip()]

    async def check(self, text: str) -> list[str]:
        titles = await self.extract_titles(text)
        log.debug("checking %d titles with headers %s", len(titles), self.headers)
        async with httpx.AsyncClient(timeout=20) as http:
            found = await asyncio.gather(*(self.lookup(http, t) for t in titles))
        missing = [t for t, f in zip(titles, found) if f is None]
        log.info("%d of %d citations not found; S2 key from $%s", len(missing), len(titles), S2_KEY_ENV)
        return missing


if __name__ == "__main__":
    import sys

    draft = open(sys.argv[1], encoding="utf-8").read()
    for t in asyncio.run(CitationChecker().check(draft)):
        print("NOT FOUND:", t)
