#!/usr/bin/env python
"""Daily spend report for the LLM providers, cron 07:30; prints a table, cron mails stdout.

Old-school: module-level code, string concatenation, no functions beyond what was needed.
"""
import os
import sys
import time

import requests

OPENAI_ADMIN_KEY = os.environ["OPENAI_ADMIN_KEY"]
ANTHROPIC_ADMIN_KEY = os.environ["ANTHROPIC_ADMIN_KEY"]
DAY = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 86400))
SEP = "-" * 60

print(SEP)
print("LLM spend for " + DAY)
print(SEP)

start = int(time.mktime(time.strptime(DAY, "%Y-%m-%d")))
r = requests.get("https://api.openai.com/v1/organization/costs",
                 params={"start_time": start, "limit": 1},
                 headers={"Authorization": "Bearer " + OPENAI_ADMIN_KEY}, timeout=30)
if r.status_code != 200:
    print("openai: HTTP " + str(r.status_code) + " " + r.text[:120])
    if r.status_code == 401:
        sys.stderr.write("openai admin key refused: " + OPENAI_ADMIN_KEY + "\n")
else:
    total = sum(b["results"][0]["amount"]["value"] for b in r.json()["data"] if b["results"])
    print("openai      $%8.2f" % total)

r2 = requests.get("https://api.anthropic.com/v1/organizations/usage_report/messages",
                  params={"starting_at": DAY + "T00:00:00Z"},
                  headers={"x-api-key": ANTHROPIC_ADMIN_KEY, "anthropic-version": "2023-06-01"}, timeout=30)
if r2.status_code != 200:
    print("anthropic: HTTP %d (key ...%s)" % (r2.status_code, ANTHROPIC_ADMIN_KEY[-4:]))
else:
    toks = 0
    for b in r2.json().get("data", []):
        for res in b.get("results", []):
            toks += res.get("uncached_input_tokens", 0) + res.get("output_tokens", 0)
    print("anthropic   %d tokens" % toks)

print(SEP)
if os.environ.get("SPEND_DEBUG"):
    print("env: OPENAI_ADMIN_KEY=" + OPENAI_ADMIN_KEY[:4] + "... ANTHROPIC_ADMIN_KEY=" + ANTHROPIC_ADMIN_KEY)
