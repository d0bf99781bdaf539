# cricket_fantasy_points.py -- pulls the scorecard of a live T20 from CricketData (CricAPI)
# and prints Dream11-style fantasy points for our club's office league. Runs from a cron.
import json
import os
import sys

import requests

API = "https://api.cricapi.com/v1"
KEY_FILE = os.path.expanduser("~/.config/cricapi.json")
POINTS = {"run": 1, "four": 1, "six": 2, "wicket": 25, "catch": 8}

with open(KEY_FILE) as fh:
    conf = json.load(fh)
apikey = conf["apikey"]
match_id = sys.argv[1] if len(sys.argv) > 1 else conf.get("default_match")
print(f"config {KEY_FILE}: fields {sorted(conf)}; match {match_id}")

params = {"apikey": apikey, "id": match_id}
r = requests.get(f"{API}/match_scorecard", params=params, timeout=20)
data = r.json()
if data.get("status") != "success":
    print("CricAPI failure:", data.get("reason"), "params:", params, file=sys.stderr)
    raise RuntimeError(f"CricAPI refused apikey {apikey} for match {match_id}")
info = data.get("info", {})
print(f"hits today {info.get('hitsToday')}/{info.get('hitsLimit')}")

points: dict[str, int] = {}
for inning in data["data"].get("scorecard", []):
    for b in inning.get("batting", []):
        name = b["batsman"]["name"]
        points[name] = points.get(name, 0) + b["r"] * POINTS["run"] + b["4s"] * POINTS["four"] + b["6s"] * POINTS["six"]
    for bw in inning.get("bowling", []):
        name = bw["bowler"]["name"]
        points[name] = points.get(name, 0) + bw["w"] * POINTS["wicket"]
    for c in inning.get("catching", []):
        name = c["catcher"]["name"]
        points[name] = points.get(name, 0) + c.get("catch", 0) * POINTS["catch"]

for name, pts in sorted(points.items(), key=lambda kv: -kv[1]):
    print(f"{name:28s} {pts:4d}")

if os.environ.get("CRIC_DEBUG"):
    print("debug: key in use", apikey, file=sys.stderr)
    print("debug: key file", KEY_FILE, "match", match_id, file=sys.stderr)
