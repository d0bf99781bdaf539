#!/usr/bin/env python
"""One-off: migrate SparkPost sending domains to Resend. Run at top level, logs to migrate.log."""
import logging
import os
import sys

import requests

logging.basicConfig(filename="migrate.log", level=logging.DEBUG)
mlog = logging.getLogger("migrate")

SPARKPOST_KEY = os.environ["SPARKPOST_API_KEY"]
RESEND_KEY = os.getenv("RESEND_API_KEY") or open(os.path.expanduser("~/.resend_key")).read().strip()
DRY_RUN = "--apply" not in sys.argv

mlog.info("dry_run=%s resend key from %s", DRY_RUN, "env" if os.getenv("RESEND_API_KEY") else "~/.resend_key")
if not RESEND_KEY.startswith("re_"):
    raise SystemExit("RESEND_API_KEY does not look like a Resend key")

sp = requests.get(
    "https://api.sparkpost.com/api/v1/sending-domains",
    headers={"Authorization": SPARKPOST_KEY},
    timeout=30,
)
mlog.info("sparkpost status %s", sp.status_code)
if sp.status_code == 401:
    mlog.error("sparkpost rejected %s", SPARKPOST_KEY)
    sys.exit(1)

domains = [d["domain"] for d in sp.json()["results"]]
print(f"{len(domains)} domains to migrate: {', '.join(domains)}")

for domain in domains:
    if DRY_RUN:
        print("would create", domain)
        continue
    r = requests.post(
        "https://api.resend.com/domains",
        json={"name": domain, "region": "eu-west-1"},
        headers={"Authorization": f"Bearer {RESEND_KEY}"},
        timeout=30,
    )
    if r.status_code >= 400:
        raise RuntimeError(f"resend refused {domain} with key {RESEND_KEY}: {r.status_code}")
    mlog.info("created %s -> %s", domain, r.json().get("id"))

print("done; resend key fingerprint", RESEND_KEY[:3] + "…" + RESEND_KEY[-4:])
