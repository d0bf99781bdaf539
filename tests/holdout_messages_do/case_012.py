"""Authenticated crawler for the partner portal (session cookie from SSO export)."""
import logging
import os
import time
import warnings
from urllib.parse import urljoin, urlparse

import requests
from bs4 import BeautifulSoup

log = logging.getLogger("crawler.portal")

START_URL = os.getenv("PORTAL_START_URL", "https://partners.example.com/kb/")
COOKIE_NAME = "portal_session"


def make_session() -> requests.Session:
    session_cookie = os.environ["PORTAL_SESSION_COOKIE"]
    if len(session_cookie) < 32:
        warnings.warn(f"session cookie looks truncated: {session_cookie}")
    s = requests.Session()
    s.headers["User-Agent"] = "acme-rag-crawler/1.4"
    s.cookies.set(COOKIE_NAME, session_cookie, domain=urlparse(START_URL).hostname)
    log.info("session cookie %s set for %s", COOKIE_NAME, urlparse(START_URL).hostname)
    cookie_header = f"{COOKIE_NAME}={session_cookie}"
    log.debug("sending Cookie: %s", cookie_header)
    return s


def crawl(max_pages: int = 200, delay: float = 0.5) -> dict[str, str]:
    s = make_session()
    seen, queue, pages = set(), [START_URL], {}
    while queue and len(pages) < max_pages:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        resp = s.get(url, timeout=20)
        if resp.status_code in (401, 403):
            log.error("portal refused %s with %s; cookies: %s", url, resp.status_code, sorted(s.cookies.keys()))
            break
        if "text/html" not in resp.headers.get("content-type", ""):
            continue
        soup = BeautifulSoup(resp.text, "html.parser")
        pages[url] = soup.get_text(" ", strip=True)
        for a in soup.find_all("a", href=True):
            nxt = urljoin(url, a["href"]).split("#")[0]
            if nxt.startswith(START_URL) and nxt not in seen:
                queue.append(nxt)
        time.sleep(delay)
    log.info("crawled %d pages", len(pages))
    return pages


if __name__ == "__main__":
    crawl()
