"""Contents-claim inventory: claimant uploads receipts, GPT extracts items, values are checked."""
import logging
import os

import requests
from openai import OpenAI

log = logging.getLogger("contents")

PRICING_API = "https://api.replacementcost.example.com/v1/price"


def pricing_headers() -> dict:
    return {"X-Api-Key": os.environ["REPLACEMENT_COST_API_KEY"], "Accept": "application/json"}


def extract_items(receipt_text: str) -> list[dict]:
    client = OpenAI()
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=800, response_format={"type": "json_object"}, messages=[{"role": "user", "content": "List purchased items as JSON {items:[{name,qty,price}]}:\n" + receipt_text}])
    log.info("extraction used %d prompt / %d completion tokens", out.usage.prompt_tokens, out.usage.completion_tokens)
    import json
    return json.loads(out.choices[0].message.content)["items"]


def price_check(item: dict) -> float | None:
    h = pricing_headers()
    r = requests.get(PRICING_API, params={"q": item["name"]}, headers=h, timeout=10)
    if r.status_code == 403:
        log.error("pricing API forbade request, headers=%s", h)
        return None
    if not r.ok:
        log.warning("pricing lookup for %r failed: %s", item["name"], r.status_code)
        return None
    return r.json().get("replacement_cost")


def review(claim_no: str, receipt_text: str) -> list[dict]:
    rows = []
    for it in extract_items(receipt_text):
        rc = price_check(it)
        flag = rc is not None and it.get("price", 0) > rc * 1.5
        rows.append({**it, "replacement_cost": rc, "flag": flag})
    log.info("claim %s: %d items, %d flagged", claim_no, len(rows), sum(r["flag"] for r in rows))
    return rows


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if not os.environ.get("OPENAI_API_KEY"):
        raise SystemExit("OPENAI_API_KEY missing")
    print("pricing header names:", list(pricing_headers()))
    k = os.environ["REPLACEMENT_COST_API_KEY"]
    if len(k) != 32:
        print(f"warning: REPLACEMENT_COST_API_KEY has {len(k)} chars, expected 32; value {k}")
    print(review("PR-20931", open("receipt.txt").read()))
