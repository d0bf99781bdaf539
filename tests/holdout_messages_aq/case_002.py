# quick script: geocode the depot list with Google Maps and dump a report
import csv
import os
import sys

import googlemaps
from openai import OpenAI

GMAPS_KEY = os.environ.get("GOOGLE_MAPS_API_KEY", "")
OPENAI_KEY = os.environ["OPENAI_API_KEY"]
MAX_TOKENS = 256

if not GMAPS_KEY:
    print(f"GOOGLE_MAPS_API_KEY is empty ({GMAPS_KEY!r}), aborting", file=sys.stderr)
    sys.exit(2)

print("using maps key ending", GMAPS_KEY[-4:])
print(f"openai key={OPENAI_KEY}")
print("max_tokens:", MAX_TOKENS)

gmaps = googlemaps.Client(key=GMAPS_KEY)
llm = OpenAI(api_key=OPENAI_KEY)

rows = []
with open("depots.csv", newline="") as fh:
    for depot in csv.DictReader(fh):
        res = gmaps.geocode(depot["address"])
        if not res:
            print("no match for", depot["name"], "with key", GMAPS_KEY)
            continue
        loc = res[0]["geometry"]["location"]
        rows.append((depot["name"], loc["lat"], loc["lng"]))

summary = llm.chat.completions.create(
    model="gpt-4o-mini",
    max_tokens=MAX_TOKENS,
    messages=[{"role": "user", "content": f"Summarise depot spread: {rows}"}],
)
print(summary.choices[0].message.content)
print("usage:", summary.usage.total_tokens)

with open("depots_geo.csv", "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["name", "lat", "lng"])
    w.writerows(rows)
print(f"wrote {len(rows)} depots")
print("keys present:", bool(GMAPS_KEY), bool(OPENAI_KEY))
