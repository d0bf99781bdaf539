# TestFlight tester invites from a CSV, run once per release by the release manager.
import csv
import os
import sys
import time
from pathlib import Path

import jwt
import requests

KEY_ID = os.environ["ASC_KEY_ID"]
ISSUER_ID = os.environ["ASC_ISSUER_ID"]
P8_PATH = Path(os.environ.get("ASC_KEY_PATH", f"~/.appstoreconnect/private_keys/AuthKey_{KEY_ID}.p8")).expanduser()
BETA_GROUP = sys.argv[2] if len(sys.argv) > 2 else "External Testers"

private_key = P8_PATH.read_text()
print(f"key id {KEY_ID}, issuer {ISSUER_ID}, key file {P8_PATH}")
now = int(time.time())
token = jwt.encode({"iss": ISSUER_ID, "iat": now, "exp": now + 1200, "aud": "appstoreconnect-v1"},
                   private_key, algorithm="ES256", headers={"kid": KEY_ID})
H = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

groups = requests.get("https://api.appstoreconnect.apple.com/v1/betaGroups",
                      params={"filter[name]": BETA_GROUP}, headers=H, timeout=30)
if groups.status_code != 200:
    print(f"betaGroups failed {groups.status_code}: {groups.text}", file=sys.stderr)
    print(f"debug: curl -H 'Authorization: Bearer {token}' https://api.appstoreconnect.apple.com/v1/betaGroups", file=sys.stderr)
    sys.exit(1)
group_id = groups.json()["data"][0]["id"]

invited = 0
with open(sys.argv[1]) as fh:
    for row in csv.DictReader(fh):
        body = {"data": {"type": "betaTesters",
                         "attributes": {"email": row["email"], "firstName": row["first"], "lastName": row["last"]},
                         "relationships": {"betaGroups": {"data": [{"type": "betaGroups", "id": group_id}]}}}}
        r = requests.post("https://api.appstoreconnect.apple.com/v1/betaTesters", json=body, headers=H, timeout=30)
        if r.status_code == 201:
            invited += 1
        else:
            print(row["email"], r.status_code, r.json()["errors"][0]["detail"])
print(f"invited {invited} testers to {BETA_GROUP} (token valid {1200}s)")
