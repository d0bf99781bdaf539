"""Makefile-driven eval: `make eval SUITE=regression` runs prompts through xAI and scores them.

Module-level config block, then functions; %-formatting throughout.
"""
import json
import logging
import os
import sys

import requests

XAI_KEY = os.environ.get("XAI_API_KEY", "")
XAI_MODEL = os.environ.get("XAI_MODEL", "grok-2-latest")
SUITE = os.environ.get("SUITE", "regression")
MAX_TOKENS = int(os.environ.get("MAX_TOKENS", "512"))

logging.basicConfig(level=os.environ.get("LOGLEVEL", "INFO"))
log = logging.getLogger("eval")

if not XAI_KEY.startswith("xai-"):
    raise ValueError("XAI_API_KEY must start with xai-, got %s" % XAI_KEY)


def ask(prompt):
    headers = {"Authorization": "Bearer %s" % XAI_KEY}
    r = requests.post("https://api.x.ai/v1/chat/completions", headers=headers, json={"model": XAI_MODEL, "max_tokens": MAX_TOKENS, "messages": [{"role": "user", "content": prompt}]}, timeout=120)
    if r.status_code >= 400:
        log.error("xai %d: %s", r.status_code, r.text[:300])
        return None
    j = r.json()
    log.debug("tokens: prompt=%d completion=%d", j["usage"]["prompt_tokens"], j["usage"]["completion_tokens"])
    return j["choices"][0]["message"]["content"]


def run_suite(path):
    cases = json.load(open(path))
    passed = 0
    for c in cases:
        out = ask(c["prompt"]) or ""
        ok = all(w.lower() in out.lower() for w in c["expect"])
        passed += ok
        log.info("%-30s %s", c["name"], "PASS" if ok else "FAIL")
    return passed, len(cases)


if __name__ == "__main__":
    log.info("suite=%s model=%s max_tokens=%d", SUITE, XAI_MODEL, MAX_TOKENS)
    p, n = run_suite("evals/%s.json" % SUITE)
    print("%d/%d passed" % (p, n))
    sys.exit(0 if p == n else 1)
