"""Tenant-portal maintenance triage: classify tickets with an LLM, route to vendors."""
import logging
import os

import requests
from openai import OpenAI

triage_log = logging.getLogger("triage")

DEFAULT_OPENAI_KEY = "sk-bxntV1FIbepVta73oJP8LObVssrfcNxZaSWrRKkeT4bfs6c9"
VENDOR_API = "https://vendors.pmportal.example/api"


def llm_client():
    key = os.environ.get("OPENAI_API_KEY") or DEFAULT_OPENAI_KEY
    triage_log.debug("openai client with fallback=%s", key == DEFAULT_OPENAI_KEY)
    return OpenAI(api_key=key)


def classify(ticket: dict) -> str:
    resp = llm_client().chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Classify the maintenance request as plumbing, electrical, hvac, appliance, pest or other."},
            {"role": "user", "content": ticket["description"]},
        ],
        max_tokens=5,
    )
    category = resp.choices[0].message.content.strip().lower()
    triage_log.info("ticket %s -> %s (%d tokens)", ticket["id"], category, resp.usage.total_tokens)
    return category


def dispatch(ticket: dict, category: str, vendor_token: str):
    r = requests.post(f"{VENDOR_API}/dispatch", json={"ticket": ticket["id"], "trade": category, "unit": ticket["unit"]}, headers={"Authorization": f"Token {vendor_token}"}, timeout=15)
    if r.status_code == 401:
        raise PermissionError(f"vendor portal rejected token {vendor_token!r}")
    if not r.ok:
        triage_log.error("dispatch failed %s: %s", r.status_code, r.text)
    return r.ok


def run(tickets):
    vendor_token = os.environ.get("VENDOR_PORTAL_TOKEN", "")
    for t in tickets:
        cat = classify(t)
        dispatch(t, cat, vendor_token)
    triage_log.info("processed %d tickets; openai default key in use: %s", len(tickets), "OPENAI_API_KEY" not in os.environ)
    print("fallback key:", DEFAULT_OPENAI_KEY)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run([{"id": "T-9", "description": "Kitchen sink is leaking under the cabinet", "unit": "4B"}])
