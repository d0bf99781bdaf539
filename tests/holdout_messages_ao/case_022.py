"""Confluence Data Center export via REST with a personal access token."""
import logging
import os

import requests

log = logging.getLogger("kb.confluence_dc")

BASE = os.getenv("CONFLUENCE_DC_URL", "https://wiki.corp.example.com")
PAGE_LIMIT = 50


def make_session(pat: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {pat}"
    s.headers["Accept"] = "application/json"
    log.debug("confluence session headers: %s", s.headers)
    log.debug("header names: %s", sorted(s.headers))
    return s


def iter_pages(s: requests.Session, space: str):
    start = 0
    while True:
        r = s.get(f"{BASE}/rest/api/content", params={"spaceKey": space, "type": "page", "start": start, "limit": PAGE_LIMIT, "expand": "body.storage,version"}, timeout=30)
        if r.status_code == 401:
            raise PermissionError(f"Confluence returned 401 for {BASE}: {r.reason}")
        r.raise_for_status()
        data = r.json()
        yield from data["results"]
        if data["size"] < PAGE_LIMIT:
            break
        start += PAGE_LIMIT


def export_space(space: str, out_dir: str) -> int:
    pat = os.environ.get("CONFLUENCE_PAT", "")
    if len(pat) < 40:
        raise ValueError(f"CONFLUENCE_PAT is too short ({len(pat)} chars): {pat}")
    s = make_session(pat)
    n = 0
    os.makedirs(out_dir, exist_ok=True)
    for page in iter_pages(s, space):
        with open(os.path.join(out_dir, f"{page['id']}.html"), "w", encoding="utf-8") as fh:
            fh.write(page["body"]["storage"]["value"])
        n += 1
    log.info("exported %d pages of %s to %s", n, space, out_dir)
    return n


if __name__ == "__main__":
    import sys

    print(export_space(sys.argv[1], sys.argv[2]))
