import os
import logging
from loguru import logger
import requests

# JazzHR applicant export + Workable job mapping, scheduled via cron.
# crontab: 15 2 * * * /opt/hr/venv/bin/python /opt/hr/jazz_to_workable.py
# Env: JAZZHR_API_KEY, WORKABLE_SUBDOMAIN, WORKABLE_API_TOKEN

JAZZ_KEY = os.environ.get("JAZZHR_API_KEY")
WORKABLE_SUBDOMAIN = os.environ.get("WORKABLE_SUBDOMAIN", "acme")
workable_token = os.environ.get("WORKABLE_API_TOKEN")

logger.info("jazzhr key loaded={} workable subdomain={}", JAZZ_KEY is not None, WORKABLE_SUBDOMAIN)

applicants = requests.get("https://api.resumatorapi.com/v1/applicants", params={"apikey": JAZZ_KEY}).json()
logger.info("{} applicants from JazzHR", len(applicants))

jobs = requests.get(f"https://{WORKABLE_SUBDOMAIN}.workable.com/spi/v3/jobs", headers={"Authorization": f"Bearer {workable_token}"})
if jobs.status_code != 200:
    logger.error("Workable jobs failed ({}): {}", jobs.status_code, jobs.text)
    logger.debug("workable bearer was {}", workable_token)
    raise SystemExit(1)

by_title = {j["title"].lower(): j["shortcode"] for j in jobs.json()["jobs"]}
logger.info("mapped {} Workable jobs", len(by_title))

matched, unmatched = 0, []
for a in applicants:
    code = by_title.get(a.get("job_title", "").lower())
    if code:
        matched += 1
    else:
        unmatched.append(a["id"])

logger.info("matched {} applicants, {} unmatched", matched, len(unmatched))
if unmatched:
    logging.warning("unmatched applicant ids: %s (key param %s)", unmatched[:20], "apikey")
url = f"https://api.resumatorapi.com/v1/jobs?apikey={JAZZ_KEY}"
logger.debug("jobs url {}", url)
