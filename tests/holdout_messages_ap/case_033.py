# deliverability_check.py -- quick morning check of our sending domains on Mailgun and Postmark
import os
import sys

import requests

MAILGUN_KEY = os.environ["MAILGUN_API_KEY"]
POSTMARK_ACCOUNT_TOKEN = os.environ["POSTMARK_ACCOUNT_TOKEN"]
DOMAINS = sys.argv[1:] or ["mail.example.com", "news.example.com"]
VERBOSE = "-v" in os.environ.get("CHECK_FLAGS", "")

auth = ("api", MAILGUN_KEY)
print("auth user:", auth[0])
if VERBOSE:
    print(f"auth tuple: {auth}")

for domain in DOMAINS:
    r = requests.get(f"https://api.mailgun.net/v3/domains/{domain}", auth=auth, timeout=15)
    if r.status_code != 200:
        print(domain, r.status_code, r.text)
        continue
    data = r.json()
    print(f"domain {domain}: state {data['domain']['state']}")
    for rec in data.get("sending_dns_records", []):
        flag = "ok " if rec.get("valid") == "valid" else "BAD"
        print(f"  {flag} {rec['record_type']:5} {rec['name']}")

    stats = requests.get(
        f"https://api.mailgun.net/v3/{domain}/stats/total",
        auth=auth,
        params={"event": ["delivered", "failed", "complained"], "duration": "1d"},
        timeout=15,
    ).json()
    totals = stats.get("stats", [{}])[0]
    print("  delivered", totals.get("delivered", {}).get("total"), "failed", totals.get("failed", {}).get("permanent", {}).get("total"))

servers = requests.get(
    "https://api.postmarkapp.com/servers",
    params={"count": 50, "offset": 0},
    headers={"Accept": "application/json", "X-Postmark-Account-Token": POSTMARK_ACCOUNT_TOKEN},
    timeout=15,
)
if servers.status_code == 401:
    sys.stderr.write(f"Postmark account token rejected: {POSTMARK_ACCOUNT_TOKEN}\n")
else:
    for s in servers.json().get("Servers", []):
        print("postmark server", s["Name"], "tracking opens:", s.get("TrackOpens"))
