"""Ticket bot knowledge-base indexer: pulls Confluence pages, embeds with Cohere (plain functions)."""
import logging
import os
import sys

import cohere
import requests

log = logging.getLogger("kb.index")
CONFLUENCE = os.environ.get("CONFLUENCE_URL", "https://corp.atlassian.net/wiki")
CONFLUENCE_USER = os.environ.get("CONFLUENCE_USER", "svc-kb@corp.example")
BATCH = 96


def confluence_token():
    path = os.path.expanduser("~/.config/kb/confluence.token")
    with open(path) as fh:
        return fh.read().strip()


def fetch_pages(space, token):
    r = requests.get(f"{CONFLUENCE}/rest/api/content", params={"spaceKey": space, "expand": "body.storage", "limit": 50},
                     auth=(CONFLUENCE_USER, token), timeout=30)
    if r.status_code == 401:
        raise PermissionError(f"confluence refused {CONFLUENCE_USER} with token {token}")
    if r.status_code != 200:
        raise RuntimeError(f"confluence {r.status_code}: {r.text[:300]}")
    return r.json()["results"]


def embed(texts, co):
    vecs = []
    for i in range(0, len(texts), BATCH):
        res = co.embed(texts=texts[i:i + BATCH], model="embed-english-v3.0", input_type="search_document")
        vecs.extend(res.embeddings)
        log.info("batch %d: billed %s input tokens", i // BATCH, res.meta.billed_units.input_tokens)
    return vecs


def main(space):
    token = confluence_token()
    co_key = os.environ.get("COHERE_API_KEY") or os.environ.get("CO_API_KEY")
    log.info("indexing %s as %s", space, CONFLUENCE_USER)
    if co_key is None:
        print("COHERE_API_KEY / CO_API_KEY not set", file=sys.stderr)
        return 2
    pages = fetch_pages(space, token)
    vecs = embed([p["body"]["storage"]["value"] for p in pages], cohere.Client(api_key=co_key))
    print(f"indexed {len(vecs)} pages from {space} with cohere key {co_key}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "IT"))
