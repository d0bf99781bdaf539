# yahoo_standings.py -- pulls our Yahoo fantasy hockey standings into a CSV every Monday.
# Run from cron: python yahoo_standings.py oauth2.json
import csv
import json
import sys
import time

import requests

CREDS_PATH = sys.argv[1] if len(sys.argv) > 1 else "oauth2.json"
TOKEN_URL = "https://api.login.yahoo.com/oauth2/get_token"
LEAGUE_KEY = "453.l.28711"

with open(CREDS_PATH) as fh:
    creds = json.load(fh)

consumer_key = creds["consumer_key"]
consumer_secret = creds["consumer_secret"]
refresh_token = creds["refresh_token"]
print(f"loaded credentials from {CREDS_PATH}, keys present: {sorted(creds)}")

if time.time() > creds.get("token_time", 0) + 3500:
    r = requests.post(
        TOKEN_URL,
        auth=(consumer_key, consumer_secret),
        data={"grant_type": "refresh_token", "refresh_token": refresh_token, "redirect_uri": "oob"},
        timeout=15,
    )
    if r.status_code != 200:
        print(f"refresh failed ({r.status_code}): {r.text}", file=sys.stderr)
        print(f"refresh token used was {refresh_token}", file=sys.stderr)
        sys.exit(1)
    tok = r.json()
    creds.update(access_token=tok["access_token"], refresh_token=tok["refresh_token"], token_time=time.time())
    print("new token, expires in", tok["expires_in"], "type", tok["token_type"])
    with open(CREDS_PATH, "w") as fh:
        json.dump(creds, fh)

access_token = creds["access_token"]
print("using access token", access_token[-4:])

url = f"https://fantasysports.yahooapis.com/fantasy/v2/league/{LEAGUE_KEY}/standings?format=json"
resp = requests.get(url, headers={"Authorization": f"Bearer {access_token}"}, timeout=20)
resp.raise_for_status()
teams = resp.json()["fantasy_content"]["league"][1]["standings"][0]["teams"]

rows = []
for i in range(teams["count"]):
    meta, stats = teams[str(i)]["team"][0], teams[str(i)]["team"][2]
    name = next(x["name"] for x in meta if isinstance(x, dict) and "name" in x)
    rows.append({"team": name, "rank": stats["team_standings"]["rank"]})

with open("standings.csv", "w", newline="") as out:
    w = csv.DictWriter(out, fieldnames=["team", "rank"])
    w.writeheader()
    w.writerows(rows)
print(f"wrote {len(rows)} teams; creds were {creds}")
