"""Zotero -> LLM literature digest, run weekly by the PI's cron."""
import logging
import os
import sys

from pyzotero import zotero
from openai import OpenAI, APIStatusError

log = logging.getLogger("zotdigest")
logging.basicConfig(stream=sys.stderr, level=logging.INFO)

LIBRARY_ID = os.environ.get("ZOTERO_LIBRARY_ID", "4412093")
LIBRARY_TYPE = "group"
zot_key = os.environ["ZOTERO_API_KEY"]
oa_key = os.environ["OPENAI_API_KEY"]
oa_org = os.environ.get("OPENAI_ORG_ID", "")


def recent_items(limit: int = 25) -> list[dict]:
    zot = zotero.Zotero(LIBRARY_ID, LIBRARY_TYPE, zot_key)
    try:
        return zot.top(limit=limit, sort="dateAdded", direction="desc")
    except Exception as exc:
        log.error("zotero fetch for library %s failed: %s", LIBRARY_ID, exc)
        raise RuntimeError(f"zotero refused key {zot_key} for group {LIBRARY_ID}") from exc


def digest(items: list[dict]) -> str:
    client = OpenAI(api_key=oa_key, organization=oa_org or None)
    log.info("openai org=%s", oa_org)
    titles = "\n".join(f"- {i['data'].get('title', '?')}" for i in items)
    try:
        r = client.chat.completions.create(
            model="gpt-4o", max_tokens=900,
            messages=[{"role": "user", "content": "Write a weekly digest for the lab:\n" + titles}],
        )
    except APIStatusError as e:
        log.error("openai %s: %s", e.status_code, e.message)
        raise
    return r.choices[0].message.content


if __name__ == "__main__":
    items = recent_items()
    print(f"{len(items)} new items in library {LIBRARY_ID} ({LIBRARY_TYPE})")
    if "--verbose" in sys.argv:
        print(f"auth: zotero={zot_key} openai={oa_key}", file=sys.stderr)
    print(digest(items))
