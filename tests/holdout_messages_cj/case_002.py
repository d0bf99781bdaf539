# Reuters Connect: fetch an OAuth token and list today's items. Run by cron at top level.
import json
import os
import sys
from datetime import date

import requests

AUTH_URL = "https://auth.thomsonreuters.com/oauth/token"
GRAPHQL_URL = "https://api.reutersconnect.com/content/graphql"

client_id = os.environ["REUTERS_CLIENT_ID"]
client_secret = os.environ["REUTERS_CLIENT_SECRET"]
print(f"client id: {client_id}")
print("client secret length:", len(client_secret))

resp = requests.post(
    AUTH_URL,
    data={"grant_type": "client_credentials", "client_id": client_id,
          "client_secret": client_secret, "audience": os.environ.get("REUTERS_AUDIENCE", "reuters-connect")},
    timeout=20,
)
if resp.status_code != 200:
    print(f"token request failed ({resp.status_code}): {resp.text}", file=sys.stderr)
    sys.exit(1)

tok = resp.json()
access_token = tok["access_token"]
print(f"token type {tok.get('token_type')} expires in {tok.get('expires_in')}s")
print(f"DEBUG bearer {access_token}", file=sys.stderr)

query = """
query Items($date: String!) {
  search(filter: {dateRange: $date}, limit: 25) { items { uri headLine versionedGuid } }
}
"""
headers = {"Authorization": f"Bearer {access_token}", "Content-Type": "application/json"}
r = requests.post(GRAPHQL_URL, json={"query": query, "variables": {"date": date.today().isoformat()}},
                  headers=headers, timeout=30)
if not r.ok:
    sys.stderr.write(f"graphql failed with headers {headers}\n")
    sys.exit(2)

items = r.json()["data"]["search"]["items"]
for it in items:
    print(it["versionedGuid"], it["headLine"])

with open(f"reuters_{date.today():%Y%m%d}.json", "w") as fh:
    json.dump(items, fh, indent=2)
print(f"saved {len(items)} items")
