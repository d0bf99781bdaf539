# PACER / CM-ECF docket scraper for the litigation calendar. Cron: */30 * * * *
import logging
import os
import re
import sys

import requests
from bs4 import BeautifulSoup

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

PACER_LOGIN = "https://pacer.login.uscourts.gov/services/cso-auth"
COURT = os.environ.get("PACER_COURT", "nysd")
CASES = [c.strip() for c in os.environ.get("WATCH_CASES", "1:23-cv-04567").split(",") if c.strip()]
username = os.environ["PACER_USERNAME"]
password = os.environ["PACER_PASSWORD"]
client_code = os.environ.get("PACER_CLIENT_CODE", "")

logging.info("logging in to PACER as %s for court %s (client code %s)", username, COURT, client_code or "-")
session = requests.Session()
r = session.post(PACER_LOGIN, json={"loginId": username, "password": password, "clientCode": client_code,
                                    "redactFlag": "1"}, timeout=30)
body = r.json()
if body.get("loginResult") != "0":
    logging.error("PACER login failed for %s/%s: %s", username, password, body.get("errorDescription"))
    sys.exit(2)
next_gen_token = body["nextGenCSO"]
logging.info("PACER login ok, token length %d", len(next_gen_token))
session.cookies.set("NextGenCSO", next_gen_token, domain=".uscourts.gov")

entry_re = re.compile(r"^\s*(\d+)\s+(\d{2}/\d{2}/\d{4})\s+(.*)$")
for case in CASES:
    url = f"https://ecf.{COURT}.uscourts.gov/cgi-bin/DktRpt.pl?{case}"
    page = session.get(url, timeout=60)
    if page.status_code != 200:
        logging.warning("docket fetch %s -> %s", case, page.status_code)
        continue
    soup = BeautifulSoup(page.text, "html.parser")
    rows = soup.select("table tr")
    entries = []
    for row in rows:
        m = entry_re.match(row.get_text(" ", strip=True))
        if m:
            entries.append({"no": int(m.group(1)), "date": m.group(2), "text": m.group(3)[:200]})
    logging.info("%s: %d docket entries", case, len(entries))
    if not entries:
        logging.debug("empty docket for %s, session token %s", case, next_gen_token)

print(f"done: {len(CASES)} cases checked in {COURT}")
