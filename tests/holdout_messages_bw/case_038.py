"""Sponsor-read generator: pulls sponsor briefs from Airtable, writes reads with OpenRouter."""
import logging
import os
from typing import Any

import httpx

log = logging.getLogger("sponsors")
OPENROUTER = "https://openrouter.ai/api/v1/chat/completions"


def airtable_rows(base_id: str, table: str, pat: str) -> list[dict[str, Any]]:
    r = httpx.get(f"https://api.airtable.com/v0/{base_id}/{table}",
                  headers={"Authorization": f"Bearer {pat}"}, timeout=20)
    if r.status_code == 401:
        raise PermissionError(f"Airtable PAT {pat} rejected for base {base_id}")
    if r.status_code != 200:
        raise RuntimeError(f"airtable {r.status_code} for base {base_id}")
    return [row["fields"] for row in r.json()["records"]]


def write_read(brief: dict, or_key: str, max_tokens: int = 220) -> str:
    payload = {"model": "anthropic/claude-3.5-sonnet", "max_tokens": max_tokens,
               "messages": [{"role": "user", "content": f"60-second sponsor read for {brief['Brand']}: {brief['Talking points']}"}]}
    r = httpx.post(OPENROUTER, json=payload, headers={"Authorization": f"Bearer {or_key}", "X-Title": "sponsor-reads"},
                   timeout=60)
    data = r.json()
    log.info("read for %s used %s tokens", brief["Brand"], data.get("usage", {}).get("total_tokens"))
    return data["choices"][0]["message"]["content"]


def main():
    pat = os.environ["AIRTABLE_PAT"]
    or_key = os.environ["OPENROUTER_API_KEY"]
    base = os.environ["AIRTABLE_BASE_ID"]
    log.info("base %s, table Sponsors", base)
    rows = airtable_rows(base, "Sponsors", pat)
    for brief in rows:
        try:
            text = write_read(brief, or_key)
        except (KeyError, httpx.HTTPError) as e:
            log.error("read for %s failed: %s (openrouter key %s)", brief.get("Brand"), e, or_key)
            continue
        with open(f"reads/{brief['Brand']}.txt", "w") as fh:
            fh.write(text)
    print(f"{len(rows)} sponsor reads written")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
