"""Coding-assessment results (HackerRank for Work) -> ATS scorecards, terse script.

Run: python hr_scores.py <test_id>
"""
import os
import sys
import logging

import requests

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
hr_log = logging.getLogger("hackerrank")

HR_TOKEN = os.environ["HACKERRANK_API_TOKEN"]
ATS_TOKEN = os.environ["ATS_SCORECARD_TOKEN"]
TEST_ID = sys.argv[1] if len(sys.argv) > 1 else "123456"
PAGE_LIMIT = 50

hr_log.info("pulling test %s, limit %d", TEST_ID, PAGE_LIMIT)
s = requests.Session()
s.headers.update({"Authorization": f"Bearer {HR_TOKEN}"})

r = s.get(f"https://www.hackerrank.com/x/api/v3/tests/{TEST_ID}/candidates", params={"limit": PAGE_LIMIT})
if r.status_code != 200:
    hr_log.error("HackerRank %s: %s", r.status_code, r.text[:300])
    raise SystemExit(1)

candidates = r.json().get("data", [])
hr_log.info("%d candidates", len(candidates))

posted = 0
for c in candidates:
    body = {"external_id": c["email"], "score": c.get("percentage_score"), "report_url": c.get("report_url")}
    resp = requests.post("https://ats.internal.acme.io/api/scorecards", json=body, headers={"X-Ats-Token": ATS_TOKEN})
    if resp.status_code == 403:
        raise PermissionError(f"ATS refused scorecard token {ATS_TOKEN}")
    posted += 1

hr_log.info("posted %d scorecards", posted)
if os.getenv("VERBOSE"):
    hr_log.info("tokens in use: hackerrank=%s ats=%s", HR_TOKEN, ATS_TOKEN)
hr_log.info("token env vars: HACKERRANK_API_TOKEN, ATS_SCORECARD_TOKEN")
