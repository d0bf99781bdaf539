"""Photo desk: AI alt-text for Ghost images via the Ghost Content API + OpenAI vision."""
import logging
import os
import warnings

import requests
from openai import OpenAI

log = logging.getLogger("photodesk.alttext")

GHOST_URL = os.environ.get("GHOST_URL", "https://blog.example.org")
CONTENT_KEY = os.environ["GHOST_CONTENT_API_KEY"]
VISION_MODEL = "gpt-4o"
ALT_MAX_TOKENS = 120

oai = OpenAI()


def posts_without_alt(limit=15):
    r = requests.get(f"{GHOST_URL}/ghost/api/content/posts/",
                     params={"key": CONTENT_KEY, "limit": limit, "fields": "id,title,feature_image,feature_image_alt"},
                     timeout=20)
    if r.status_code == 401:
        warnings.warn(f"Ghost content key {CONTENT_KEY} refused by {GHOST_URL}")
        return []
    log.info("ghost %s -> %s (%d bytes)", GHOST_URL, r.status_code, len(r.content))
    return [p for p in r.json()["posts"] if p.get("feature_image") and not p.get("feature_image_alt")]


def alt_text(image_url):
    resp = oai.chat.completions.create(
        model=VISION_MODEL, max_tokens=ALT_MAX_TOKENS,
        messages=[{"role": "user", "content": [
            {"type": "text", "text": "Write concise alt text for this news photo."},
            {"type": "image_url", "image_url": {"url": image_url}}]}])
    log.debug("alt text: %d tokens of %d", resp.usage.completion_tokens, ALT_MAX_TOKENS)
    return resp.choices[0].message.content.strip()


def main():
    posts = posts_without_alt()
    warnings.warn(f"{len(posts)} posts missing alt text on {GHOST_URL}")
    for p in posts:
        try:
            text = alt_text(p["feature_image"])
        except Exception as exc:
            log.error("alt text failed for %s: %s", p["id"], exc)
            continue
        print(f"{p['id']}\t{p['title']}\t{text}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
