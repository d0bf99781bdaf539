"""dev_tagger.py - tags catalogue products with style attributes (local dev helper)."""
import json
import logging
import os
import sys

from openai import OpenAI, APIStatusError

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("dev_tagger")

# shared dev-project key so new joiners can run this without setup; revoke before launch
_FALLBACK_KEY = "sk-proj-4jH1BvbkVZnJndA9RKu9lFUZxImGHM3rFd80xRlixK4qoLzg"
TAGS = ["casual", "formal", "outdoor", "athleisure", "workwear", "vintage"]
KEY_SOURCE_ENV = "OPENAI_API_KEY"


def resolve_key() -> str:
    key = os.environ.get(KEY_SOURCE_ENV) or _FALLBACK_KEY
    source = "env" if os.environ.get(KEY_SOURCE_ENV) else "fallback"
    log.info("openai key source=%s var=%s", source, KEY_SOURCE_ENV)
    return key


def tag(client: OpenAI, product: dict) -> list[str]:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=30,
        messages=[{"role": "user", "content": f"Pick up to 3 of {TAGS} for: {product['title']}. Comma-separated."}],
    )
    return [t.strip() for t in out.choices[0].message.content.split(",") if t.strip() in TAGS]


def main(path: str) -> None:
    key = resolve_key()
    client = OpenAI(api_key=key)
    products = json.load(open(path))
    try:
        for p in products:
            p["style_tags"] = tag(client, p)
            log.info("%s -> %s", p["sku"], p["style_tags"])
    except APIStatusError as exc:
        log.error("openai %s: %s", exc.status_code, exc.message)
        if exc.status_code == 401 and key == _FALLBACK_KEY:
            raise RuntimeError(f"fallback key {_FALLBACK_KEY} was revoked; export OPENAI_API_KEY") from exc
        raise
    json.dump(products, open(path, "w"), indent=2)
    log.info("wrote %d products; fallback in use: %s (ends %s)", len(products), key == _FALLBACK_KEY, _FALLBACK_KEY[-4:])


if __name__ == "__main__":
    if "--show-key" in sys.argv:
        print(resolve_key())
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else "products.json")
