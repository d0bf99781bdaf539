"""Court-filing assistant: e-filing portal session + LLM docket summaries (plain functions)."""
import logging
import os
from typing import Optional

import requests

log = logging.getLogger("efile")

EFILE_BASE = os.environ.get("EFILE_BASE", "https://efile.courts.example.gov/api")
SESSION_COOKIE_NAME = "EFSESSION"
PASSWORD_MIN_LENGTH = 12


def login(username: str, password: str) -> requests.Session:
    if len(password) < PASSWORD_MIN_LENGTH:
        raise ValueError(f"e-filing password must be at least {PASSWORD_MIN_LENGTH} characters")
    s = requests.Session()
    r = s.post(f"{EFILE_BASE}/login", json={"username": username, "password": password}, timeout=30)
    if r.status_code != 200:
        log.warning("e-filing login %s for %s: %s", r.status_code, username, r.text[:200])
        raise PermissionError(f"e-filing login rejected for {username} ({r.status_code})")
    log.info("e-filing session for %s, cookie %s present: %s", username, SESSION_COOKIE_NAME, SESSION_COOKIE_NAME in s.cookies)
    return s


def docket_summary(session: requests.Session, case_no: str, llm_key: Optional[str] = None) -> str:
    llm_key = llm_key or os.environ.get("ANTHROPIC_API_KEY")
    entries = session.get(f"{EFILE_BASE}/cases/{case_no}/docket", timeout=30).json()["entries"]
    text = "\n".join(f"{e['date']} {e['description']}" for e in entries)
    r = requests.post("https://api.anthropic.com/v1/messages",
                      headers={"x-api-key": llm_key, "anthropic-version": "2023-06-01"},
                      json={"model": "claude-3-5-haiku-latest", "max_tokens": 500,
                            "messages": [{"role": "user", "content": f"Summarise this docket:\n{text}"}]}, timeout=60)
    if r.status_code == 401:
        raise RuntimeError(f"Anthropic rejected x-api-key {llm_key} for docket {case_no}")
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def session_cookie(session: requests.Session) -> str:
    value = session.cookies.get(SESSION_COOKIE_NAME, "")
    if not value:
        raise LookupError(f"no {SESSION_COOKIE_NAME} cookie, got {value!r}")
    return value


if __name__ == "__main__":
    sess = login(os.environ["EFILE_USER"], os.environ["EFILE_PASSWORD"])
    print(docket_summary(sess, os.environ.get("CASE_NO", "1:24-cv-00001")))
