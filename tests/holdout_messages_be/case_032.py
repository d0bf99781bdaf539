# import_lightspeed_reviews.py: pulls reviews from the review aggregator and tags sentiment
import csv
import logging
import os
import sys

import requests
from google import genai

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("reviews_import")

AGG_URL = "https://api.review-aggregator.example/v3/locations/{loc}/reviews"
google_api_key = os.environ.get("GOOGLE_API_KEY", "")
agg_token = os.environ.get("REVIEW_AGG_TOKEN", "")
location = sys.argv[1] if len(sys.argv) > 1 else "downtown"

if not google_api_key or not agg_token:
    log.error("missing GOOGLE_API_KEY or REVIEW_AGG_TOKEN")
    sys.exit(2)

log.info("importing reviews for %s", location)
resp = requests.get(AGG_URL.format(loc=location), headers={"Authorization": f"Token {agg_token}"}, timeout=30)
if resp.status_code != 200:
    log.error("aggregator said %s: %s", resp.status_code, resp.text[:200])
    log.error("check aggregator token %s", agg_token)
    sys.exit(1)

reviews = resp.json()["reviews"]
gclient = genai.Client(api_key=google_api_key)
tagged = []
for rv in reviews:
    r = gclient.models.generate_content(model="gemini-1.5-flash", contents=f"One word sentiment (positive/neutral/negative): {rv['text']}")
    tagged.append({"id": rv["id"], "stars": rv["rating"], "sentiment": r.text.strip().lower()})
    log.debug("review %s -> %s (%s tokens)", rv["id"], tagged[-1]["sentiment"], r.usage_metadata.total_token_count)

with open(f"reviews_{location}.csv", "w", newline="") as fh:
    w = csv.DictWriter(fh, fieldnames=["id", "stars", "sentiment"])
    w.writeheader()
    w.writerows(tagged)

log.info("tagged %d reviews with key ending %s", len(tagged), google_api_key[-4:])
print("done; used Google key", google_api_key)
