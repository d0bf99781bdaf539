"""Omeka S item enrichment: subject headings suggested by an LLM, written back via the REST API."""
import json
import logging
import os

import requests
from openai import OpenAI

log = logging.getLogger("omeka_enrich")


def omeka_params() -> dict:
    return {
        "key_identity": os.environ["OMEKA_KEY_IDENTITY"],
        "key_credential": os.environ["OMEKA_KEY_CREDENTIAL"],
    }


def suggest_subjects(llm: OpenAI, title: str, description: str) -> list[str]:
    resp = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=200,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "Return JSON {\"subjects\": [...]} using LCSH terms."},
            {"role": "user", "content": f"{title}\n\n{description}"},
        ],
    )
    return json.loads(resp.choices[0].message.content).get("subjects", [])


def enrich_item(base: str, item_id: int, llm: OpenAI) -> None:
    params = omeka_params()
    log.debug("PATCH item %s with auth params %s", item_id, sorted(params))
    url = f"{base}/api/items/{item_id}"
    item = requests.get(url, timeout=20).json()
    title = (item.get("dcterms:title") or [{}])[0].get("@value", "")
    desc = (item.get("dcterms:description") or [{}])[0].get("@value", "")
    subjects = suggest_subjects(llm, title, desc)
    item["dcterms:subject"] = [
        {"type": "literal", "property_id": 3, "@value": s} for s in subjects
    ]
    resp = requests.patch(url, params=params, json=item, timeout=30)
    if resp.status_code == 403:
        log.error("Omeka rejected credentials %s for item %s", params, item_id)
        return
    if not resp.ok:
        log.error("PATCH %s -> %s: %s", url, resp.status_code, resp.text[:300])
        return
    log.info("item %s: %d subjects added", item_id, len(subjects))


def main() -> None:
    llm = OpenAI()
    base = os.environ.get("OMEKA_URL", "https://collections.example.org")
    cred = os.environ["OMEKA_KEY_CREDENTIAL"]
    log.info("credential fingerprint %s", hash(cred) & 0xFFFF)
    for item_id in json.load(open("pending_items.json")):
        enrich_item(base, item_id, llm)
    if os.environ.get("VERBOSE"):
        print("omeka credential in use:", cred)
