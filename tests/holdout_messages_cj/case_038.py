"""Image desk: Getty/Reuters Pictures caption rewriting with Gemini; key check for the photo plugin."""
import logging
import os
import sys

import requests

log = logging.getLogger("photodesk")

GETTY_URL = "https://api.gettyimages.com/v3/search/images/editorial"
GEMINI_URL = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"


def getty_search(phrase: str, api_key: str, page_size: int = 10) -> list:
    r = requests.get(GETTY_URL, params={"phrase": phrase, "page_size": page_size, "sort_order": "newest"},
                     headers={"Api-Key": api_key}, timeout=20)
    log.info("getty %r -> %s (%s results)", phrase, r.status_code, r.json().get("result_count") if r.ok else 0)
    return r.json().get("images", []) if r.ok else []


def rewrite_caption(caption: str, google_key: str) -> str:
    r = requests.post(GEMINI_URL, params={"key": google_key}, timeout=30, json={
        "contents": [{"parts": [{"text": f"Rewrite this caption in house style, max 40 words:\n{caption}"}]}],
        "generationConfig": {"maxOutputTokens": 120}})
    if r.status_code == 400 and "API_KEY_INVALID" in r.text:
        raise ValueError(f"invalid Google API key: {google_key}")
    meta = r.json().get("usageMetadata", {})
    log.info("caption rewritten, %s tokens", meta.get("totalTokenCount"))
    return r.json()["candidates"][0]["content"]["parts"][0]["text"]


def check_keys() -> int:
    problems = 0
    for var in ("GETTY_API_KEY", "GOOGLE_API_KEY"):
        value = os.environ.get(var)
        if not value:
            print(f"{var} is missing", file=sys.stderr)
            problems += 1
        elif not value.isascii() or " " in value:
            print(f"{var} looks malformed: {value!r}", file=sys.stderr)
            problems += 1
    return problems


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if check_keys():
        sys.exit(2)
    for img in getty_search("election night", os.environ["GETTY_API_KEY"]):
        print(img["id"], rewrite_caption(img.get("caption", ""), os.environ["GOOGLE_API_KEY"]))
