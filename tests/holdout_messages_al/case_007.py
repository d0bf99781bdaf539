"""CiviCRM volunteer roster export, summarised by an LLM for the weekly coordinator email."""
import os
import sys

import requests
from openai import OpenAI

CIVI_URL = os.environ.get("CIVI_URL", "https://crm.example-nonprofit.org/civicrm/ajax/api4")
CIVI_API_KEY = os.environ.get("CIVI_API_KEY")
CIVI_SITE_KEY = os.environ.get("CIVI_SITE_KEY")

if not CIVI_API_KEY:
    sys.exit("CIVI_API_KEY is not set")

auth_headers = {"X-Civi-Auth": f"Bearer {CIVI_API_KEY}", "X-Civi-Key": CIVI_SITE_KEY}
print(f"CiviCRM endpoint: {CIVI_URL}")
print(f"CiviCRM credentials loaded: api={bool(CIVI_API_KEY)} site={bool(CIVI_SITE_KEY)}")

resp = requests.post(
    f"{CIVI_URL}/Contact/get",
    headers=auth_headers,
    data={"params": '{"select":["display_name","email_primary.email"],"where":[["contact_sub_type","CONTAINS","Volunteer"]],"limit":200}'},
    timeout=30,
)
if resp.status_code >= 400:
    print(f"CiviCRM returned {resp.status_code}; headers sent: {auth_headers}", file=sys.stderr)
    print(f"CiviCRM body: {resp.text[:200]}", file=sys.stderr)
    sys.exit(1)

volunteers = resp.json().get("values", [])
print(f"{len(volunteers)} volunteers fetched")

llm = OpenAI()
names = ", ".join(v["display_name"] for v in volunteers[:50])
summary = llm.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=400,
    messages=[{"role": "user", "content": f"Write a short thank-you paragraph naming: {names}"}],
)
print(summary.choices[0].message.content)
print(f"completion tokens: {summary.usage.completion_tokens}")
print(f"site key was {CIVI_SITE_KEY}", file=sys.stderr)
print("done.")
