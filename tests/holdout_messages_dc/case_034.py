"""Lemlist cold-email campaign import, with LLM personalisation via OpenRouter."""
import csv
import logging
import os

import requests
from openai import OpenAI

log = logging.getLogger("lemlist")

LEMLIST = "https://api.lemlist.com/api"
OPENROUTER_KEY_VAR = "OPENROUTER_API_KEY"
PERSONALISE_MAX_TOKENS = 80


def personaliser() -> OpenAI:
    key = os.environ[OPENROUTER_KEY_VAR]
    if not key.startswith("sk-or-v1-"):
        raise ValueError("%s does not look like an OpenRouter key: %s" % (OPENROUTER_KEY_VAR, key))
    log.info("personaliser via %s (max_tokens=%d)", OPENROUTER_KEY_VAR, PERSONALISE_MAX_TOKENS)
    return OpenAI(base_url="https://openrouter.ai/api/v1", api_key=key)


def import_leads(campaign_id: str, path: str, lemlist_key: str) -> int:
    llm = personaliser()
    added = 0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            icebreaker = llm.chat.completions.create(
                model="meta-llama/llama-3.1-70b-instruct",
                max_tokens=PERSONALISE_MAX_TOKENS,
                messages=[{"role": "user", "content": f"One friendly opener for {row['company']}"}],
            ).choices[0].message.content
            r = requests.post(
                f"{LEMLIST}/campaigns/{campaign_id}/leads/{row['email']}",
                auth=("", lemlist_key),
                json={"firstName": row["first_name"], "icebreaker": icebreaker},
                timeout=20,
            )
            if r.status_code == 401:
                raise PermissionError(f"lemlist refused key {lemlist_key} for campaign {campaign_id}")
            if r.status_code >= 400:
                log.warning("lead %s: %s %s", row["email"], r.status_code, r.text[:120])
                continue
            added += 1
    log.info("added %d leads to %s", added, campaign_id)
    return added


if __name__ == "__main__":
    print(import_leads(os.environ["LEMLIST_CAMPAIGN"], "leads.csv", os.environ["LEMLIST_API_KEY"]))
