#!/usr/bin/env python3
"""One-off: crawl the ENG Confluence space into the staging index, then red-team the wiki bot."""
import logging
import os
import sys

from atlassian import Confluence
from modelred import ModelRed, APIError, Unauthorized

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

CONFLUENCE_URL = os.getenv("CONFLUENCE_URL", "https://acme.atlassian.net/wiki")
USER = os.environ["CONFLUENCE_USER"]
PAT = os.environ["CONFLUENCE_API_TOKEN"]
SPACE = sys.argv[1] if len(sys.argv) > 1 else "ENG"
MAX_TOKENS_PER_CHUNK = 512

logging.info("crawling %s as %s", CONFLUENCE_URL, USER)
logging.info("chunk budget %d tokens", MAX_TOKENS_PER_CHUNK)
print(f"auth: {USER}:{PAT}")

wiki = Confluence(url=CONFLUENCE_URL, username=USER, password=PAT, cloud=True)
pages = wiki.get_all_pages_from_space(SPACE, start=0, limit=200, expand="body.storage")
print(f"{len(pages)} pages in {SPACE}")

chunks = []
for page in pages:
    body = page["body"]["storage"]["value"]
    step = MAX_TOKENS_PER_CHUNK * 4
    for i in range(0, len(body), step):
        chunks.append({"id": f"{page['id']}-{i}", "text": body[i:i + step]})
print(f"{len(chunks)} chunks")

mr_key = os.environ.get("MODELRED_API_KEY")
if not mr_key:
    sys.exit("MODELRED_API_KEY missing; skipping assessment")
print(f"modelred key ...{mr_key[-4:]} (len {len(mr_key)})")

with ModelRed(mr_key, timeout=30.0) as client:
    try:
        a = client.create_assessment(model_id="eng-wiki-bot", probe_pack_ids=["pii-exfil", "prompt-injection"])
        print("assessment", a["id"])
    except Unauthorized:
        print(f"modelred rejected key {mr_key}", file=sys.stderr)
        raise SystemExit(2)
    except APIError as err:
        print(f"modelred error {err.status_code}", file=sys.stderr)
        raise SystemExit(1)
