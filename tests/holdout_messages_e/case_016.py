"""Google Gemini judge used by the grading step; the key goes in the query string."""
import logging
import os
from urllib.parse import urlencode

import requests

log = logging.getLogger("judge.gemini")

BASE = "https://generativelanguage.googleapis.com/v1beta/models"


class JudgeError(Exception):
    pass


def _url(model: str, api_key: str) -> str:
    return f"{BASE}/{model}:generateContent?" + urlencode({"key": api_key})


def judge(prompt: str, answer: str, model: str = "gemini-1.5-flash") -> float:
    api_key = os.environ["GOOGLE_API_KEY"]
    url = _url(model, api_key)
    log.debug("POST %s", url)
    resp = requests.post(url, json={"contents": [{"parts": [{"text": f"{prompt}\n---\n{answer}"}]}]})
    if resp.status_code != 200:
        raise JudgeError(f"gemini returned {resp.status_code}: {resp.json().get('error', {}).get('message')}")
    text = resp.json()["candidates"][0]["content"]["parts"][0]["text"]
    try:
        return float(text.strip())
    except ValueError:
        raise JudgeError(f"judge answered {text!r} for request {url}")


def judge_safe(prompt: str, answer: str) -> float:
    safe_url = f"{BASE}/gemini-1.5-flash:generateContent"
    log.debug("POST %s (key in query, not shown)", safe_url)
    return judge(prompt, answer)
