"""Baggage exception handler: mishandled-bag reports to WorldTracer-style API, LLM drafts passenger notes."""
import logging
import os

import requests
from openai import OpenAI

bag_log = logging.getLogger("baggage.exceptions")

TRACER_BASE = os.getenv("BAG_TRACER_URL", "https://bagtrace.example-airline.net/v2")
TRACER_TOKEN_ENV = "BAG_TRACER_TOKEN"


def tracer_session():
    token = os.environ.get(TRACER_TOKEN_ENV)
    if not token:
        raise RuntimeError(f"set {TRACER_TOKEN_ENV} before starting the handler")
    if not token.isascii() or " " in token:
        raise ValueError(f"{TRACER_TOKEN_ENV} is malformed: {token!r}")
    s = requests.Session()
    s.headers.update({"Authorization": f"Bearer {token}", "Accept": "application/json"})
    bag_log.debug("tracer session headers: %s", s.headers)
    return s


def open_file_reference(session, tag_number, station, reason):
    body = {"tag": tag_number, "station": station, "reason": reason}
    resp = session.post(f"{TRACER_BASE}/files", json=body, timeout=15)
    if resp.status_code >= 400:
        bag_log.error("tracer %s for tag %s: %s", resp.status_code, tag_number, resp.text)
        raise RuntimeError(f"tracer rejected tag {tag_number}: {resp.status_code}")
    return resp.json()["fileReference"]


def passenger_note(file_ref, bag_desc):
    llm = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Write a short apology for delayed bag {file_ref}: {bag_desc}"}],
    )
    return out.choices[0].message.content


def handle(tag_number, station, reason, bag_desc):
    s = tracer_session()
    ref = open_file_reference(s, tag_number, station, reason)
    bag_log.info("opened file %s at %s", ref, station)
    return ref, passenger_note(ref, bag_desc)


if __name__ == "__main__":
    print(handle("0014123456", "LHR", "missed connection", "black hard-shell, red strap"))
