"""Async arXiv listing fetcher + Gemini one-line summaries for the journal-club mailing."""
import asyncio
import logging
import os
import xml.etree.ElementTree as ET

import aiohttp

log = logging.getLogger("journalclub")
ARXIV = "http://export.arxiv.org/api/query"
GEMINI = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"
ATOM = "{http://www.w3.org/2005/Atom}"


async def fetch_listing(session: aiohttp.ClientSession, category: str, n: int = 30) -> list[dict]:
    params = {"search_query": f"cat:{category}", "sortBy": "submittedDate", "max_results": n}
    async with session.get(ARXIV, params=params) as r:
        root = ET.fromstring(await r.text())
    return [{"id": e.findtext(f"{ATOM}id"), "title": e.findtext(f"{ATOM}title"),
             "summary": e.findtext(f"{ATOM}summary")} for e in root.iter(f"{ATOM}entry")]


async def one_liner(session: aiohttp.ClientSession, google_key: str, paper: dict, sem: asyncio.Semaphore) -> str:
    query = {"key": google_key}
    body = {"contents": [{"parts": [{"text": "One sentence for physicists:\n" + paper["summary"]}]}],
            "generationConfig": {"maxOutputTokens": 80}}
    async with sem:
        async with session.post(GEMINI, params=query, json=body) as r:
            if r.status >= 400:
                detail = await r.text()
                log.warning("gemini %s for %s: %s", r.status, paper["id"], detail[:200])
                log.debug("request query was %s", query)
                return ""
            data = await r.json()
    return data["candidates"][0]["content"]["parts"][0]["text"].strip()


async def main(categories: list[str]) -> None:
    google_key = os.getenv("GOOGLE_API_KEY", "")
    if not google_key.startswith("AIza"):
        raise ValueError(f"GOOGLE_API_KEY does not look like a Google key: {google_key}")
    sem = asyncio.Semaphore(8)
    async with aiohttp.ClientSession() as session:
        listings = await asyncio.gather(*(fetch_listing(session, c) for c in categories))
        papers = [p for lst in listings for p in lst]
        log.info("%d papers from %s", len(papers), ",".join(categories))
        lines = await asyncio.gather(*(one_liner(session, google_key, p, sem) for p in papers))
    for p, line in zip(papers, lines):
        print(f"* {p['title'].strip()} — {line}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(os.environ.get("JC_CATEGORIES", "cond-mat.str-el,quant-ph").split(",")))
