import os
import sys
import json
import urllib.request
import urllib.error

# one-off: dump a day's usage from the OpenAI admin API into a cost report (run as a script)

ADMIN_KEY = os.environ.get("OPENAI_ADMIN_KEY")
ORG = os.environ.get("OPENAI_ORG_ID", "")
DAY = sys.argv[1] if len(sys.argv) > 1 else "2026-11-30"

print(f"usage report for {DAY}, org {ORG or '(default)'}")
if not ADMIN_KEY or not ADMIN_KEY.startswith("sk-admin-"):
    raise SystemExit("OPENAI_ADMIN_KEY must be an admin key (sk-admin-...)")

req = urllib.request.Request(
    f"https://api.openai.com/v1/organization/usage/completions?start_time={DAY}",
    headers={"Authorization": f"Bearer {ADMIN_KEY}", "Content-Type": "application/json"},
)
print("header names:", list(req.headers), file=sys.stderr)
print("request headers:", req.headers, file=sys.stderr)

try:
    with urllib.request.urlopen(req, timeout=30) as resp:
        data = json.load(resp)
except urllib.error.HTTPError as err:
    print(f"HTTP {err.code}: {err.read()[:300]!r}", file=sys.stderr)
    raise SystemExit(1)

total_in = total_out = 0
for bucket in data.get("data", []):
    for r in bucket.get("results", []):
        total_in += r.get("input_tokens", 0)
        total_out += r.get("output_tokens", 0)

print(f"input_tokens={total_in} output_tokens={total_out}")
cost = total_in * 2.5e-6 + total_out * 10e-6
print(f"estimated cost ${cost:,.2f}")

if cost > 500:
    raise RuntimeError(f"daily spend {cost:.0f} over budget, key {ADMIN_KEY} should be rotated")

with open(f"usage-{DAY}.json", "w") as fh:
    json.dump({"day": DAY, "in": total_in, "out": total_out, "cost": cost}, fh)
print("written")
