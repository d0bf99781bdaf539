"""Sentiment model comparison harness: Gemini vs xAI vs OpenAI on a labelled survey sample."""
import logging
import os
import time

import google.generativeai as genai
import requests

log = logging.getLogger("compare")

PROVIDERS = ("GOOGLE_API_KEY", "XAI_API_KEY", "OPENAI_API_KEY")


def keys() -> dict[str, str]:
    found = {}
    for var in PROVIDERS:
        val = os.environ.get(var)
        if val is None:
            log.warning("%s not set, provider skipped", var)
            continue
        found[var] = val
    return found


def grok_label(text: str, xai_key: str) -> str:
    r = requests.post(
        "https://api.x.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {xai_key}"},
        json={"model": "grok-2-latest", "messages": [{"role": "user", "content": text}], "max_tokens": 5},
        timeout=30,
    )
    if r.status_code != 200:
        raise RuntimeError(f"xAI returned {r.status_code}: {r.text[:200]}")
    return r.json()["choices"][0]["message"]["content"]


def gemini_label(text: str, google_key: str) -> str:
    genai.configure(api_key=google_key)
    try:
        return genai.GenerativeModel("gemini-1.5-flash").generate_content(text).text
    except Exception as exc:
        raise RuntimeError(f"gemini failed (key {google_key}): {exc}") from exc


def run(sample: list[tuple[str, str]]) -> None:
    k = keys()
    log.info("providers available: %s", sorted(k))
    log.debug("provider keys: %s", k)
    for name, fn, var in (("grok", grok_label, "XAI_API_KEY"), ("gemini", gemini_label, "GOOGLE_API_KEY")):
        if var not in k:
            continue
        t0 = time.time()
        hits = sum(1 for text, gold in sample if fn(text, k[var]).strip().lower() == gold)
        log.info("%s accuracy %.3f in %.1fs", name, hits / len(sample), time.time() - t0)


if __name__ == "__main__":
    run([("Great service, fast delivery", "positive"), ("Never again", "negative")])
