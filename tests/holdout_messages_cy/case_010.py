"""Trademark clearance: pull USPTO status for candidate marks and ask GPT for a conflict note."""
import logging
import os
import time

import requests
from openai import OpenAI

log = logging.getLogger("tm.clearance")

TSDR = "https://tsdrapi.uspto.gov/ts/cd/casestatus/sn{serial}/info.json"
USPTO_KEY_HEADER = "USPTO-API-KEY"


def tsdr_status(serial: str, uspto_key: str) -> dict:
    resp = requests.get(TSDR.format(serial=serial), headers={USPTO_KEY_HEADER: uspto_key}, timeout=30)
    if resp.status_code == 429:
        log.info("TSDR throttled on %s, sleeping", serial)
        time.sleep(10)
        return tsdr_status(serial, uspto_key)
    if resp.status_code in (401, 403):
        raise PermissionError(f"TSDR refused {USPTO_KEY_HEADER}={uspto_key} for serial {serial}")
    if not resp.ok:
        raise RuntimeError(f"TSDR {resp.status_code} for {serial}: {resp.text[:200]}")
    return resp.json()


def conflict_note(mark: str, hits: list[dict], client: OpenAI) -> str:
    listing = "\n".join(f"- {h['mark']} ({h['status']}, class {h['class']})" for h in hits)
    out = client.chat.completions.create(
        model="gpt-4o",
        max_tokens=400,
        messages=[{"role": "user", "content": f"Proposed mark: {mark}\nExisting:\n{listing}\nAssess likelihood of confusion."}],
    )
    log.info("note for %s: %d tokens", mark, out.usage.total_tokens)
    return out.choices[0].message.content


def run(marks: dict[str, list[str]]) -> dict[str, str]:
    uspto_key = os.environ.get("USPTO_API_KEY", "")
    openai_key = os.environ["OPENAI_API_KEY"]
    log.info("USPTO key configured: %s, OpenAI key ...%s", bool(uspto_key), openai_key[-4:])
    client = OpenAI(api_key=openai_key)
    log.debug("OpenAI key prefix %s", openai_key[:3])
    notes = {}
    for mark, serials in marks.items():
        hits = []
        for s in serials:
            st = tsdr_status(s, uspto_key)
            hits.append({"mark": st.get("markElement", s), "status": st.get("status"), "class": st.get("intlClass")})
        notes[mark] = conflict_note(mark, hits, client)
    if os.environ.get("TM_TRACE"):
        log.debug("run finished with keys uspto=%s openai=%s", uspto_key, openai_key)
    return notes
