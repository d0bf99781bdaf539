"""Crossref metadata lookups for the citation checker (Metadata Plus token when available)."""
import logging
import os
import time

import requests

logger = logging.getLogger("citations.crossref")

MAILTO = os.environ.get("CROSSREF_MAILTO", "metadata@library.example.edu")
PLUS_TOKEN_HEADER = "Crossref-Plus-API-Token"


class CrossrefLookup:
    def __init__(self, plus_token: str | None = None):
        self.plus_token = plus_token or os.environ.get("CROSSREF_PLUS_TOKEN")
        self.session = requests.Session()
        self.session.headers["User-Agent"] = f"citation-checker/1.2 (mailto:{MAILTO})"
        if self.plus_token:
            self.session.headers[PLUS_TOKEN_HEADER] = f"Bearer {self.plus_token}"
        logger.info("crossref client, mailto=%s plus=%s", MAILTO, bool(self.plus_token))

    def work(self, doi: str) -> dict | None:
        r = self.session.get(f"https://api.crossref.org/works/{doi}", timeout=20)
        logger.debug("work %s -> HTTP %s", doi, r.status_code)
        if r.status_code == 404:
            return None
        if r.status_code == 401:
            logger.error("Plus token rejected; session headers %s", dict(self.session.headers))
            raise PermissionError(f"Crossref rejected the Metadata Plus token {self.plus_token}")
        if r.status_code == 429:
            wait = int(r.headers.get("Retry-After", "5"))
            logger.warning("rate limited, header %s, sleeping %ss", PLUS_TOKEN_HEADER, wait)
            time.sleep(wait)
            return self.work(doi)
        r.raise_for_status()
        return r.json()["message"]

    def check(self, citations: list[dict]) -> list[dict]:
        out = []
        for c in citations:
            doi = c.get("doi")
            meta = self.work(doi) if doi else None
            out.append({**c, "resolved": meta is not None, "title": (meta or {}).get("title", [None])[0]})
        return out
