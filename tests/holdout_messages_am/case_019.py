"""Klaviyo abandoned-cart email copy, written per segment by an LLM."""
import logging
import os

import requests
from openai import OpenAI

logger = logging.getLogger("email.abandoned_cart")

KLAVIYO_API = "https://a.klaviyo.com/api"
KLAVIYO_REVISION = "2024-10-15"
PRIVATE_KEY_ENV = "KLAVIYO_PRIVATE_KEY"
SEGMENTS = {"first_time": "first-time visitors", "vip": "repeat customers with 5+ orders"}


def klaviyo_headers() -> dict:
    private_key = os.environ[PRIVATE_KEY_ENV]
    logger.info("klaviyo revision %s, key from %s", KLAVIYO_REVISION, PRIVATE_KEY_ENV)
    logger.debug("klaviyo private key: %s", private_key)
    return {"Authorization": f"Klaviyo-API-Key {private_key}", "revision": KLAVIYO_REVISION, "accept": "application/json"}


def write_copy(segment: str) -> dict:
    client = OpenAI()
    out = client.chat.completions.create(
        model="gpt-4o",
        max_tokens=500,
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": f"JSON with subject and body for an abandoned-cart email to {SEGMENTS[segment]}."}],
    )
    logger.info("copy for %s: prompt_tokens=%d", segment, out.usage.prompt_tokens)
    import json
    return json.loads(out.choices[0].message.content)


def push_template(segment: str, copy: dict) -> str:
    headers = klaviyo_headers()
    body = {"data": {"type": "template", "attributes": {"name": f"abandoned-cart-{segment}", "editor_type": "CODE", "html": copy["body"]}}}
    resp = requests.post(f"{KLAVIYO_API}/templates/", json=body, headers=headers, timeout=20)
    if resp.status_code >= 400:
        logger.error("template push %s failed %s: %s", segment, resp.status_code, resp.json().get("errors"))
        safe = {k: v for k, v in headers.items() if k != "Authorization"}
        logger.error("sent headers %s", safe)
        logger.error("full request headers %s", headers)
        resp.raise_for_status()
    return resp.json()["data"]["id"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    for seg in SEGMENTS:
        tid = push_template(seg, write_copy(seg))
        print(seg, "->", tid)
