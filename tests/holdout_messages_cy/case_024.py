# regwatch.py -- daily Federal Register scan for the compliance team; Gemini writes the
# summary that goes to the #reg-changes channel. Run by cron at 06:00.
import datetime as dt
import json
import os
import sys
import urllib.request

import google.generativeai as genai

AGENCIES = ["securities-and-exchange-commission", "federal-trade-commission", "consumer-financial-protection-bureau"]
SLACK_WEBHOOK = os.environ["REGWATCH_SLACK_WEBHOOK"]
gemini_key = os.environ["GOOGLE_API_KEY"]
since = (dt.date.today() - dt.timedelta(days=1)).isoformat()
print(f"regwatch {since}: key {gemini_key[:4]}..., {len(AGENCIES)} agencies")

query = "&".join(f"conditions[agencies][]={a}" for a in AGENCIES)
url = f"https://www.federalregister.gov/api/v1/documents.json?{query}&conditions[publication_date][gte]={since}&per_page=50"
with urllib.request.urlopen(url, timeout=30) as resp:
    docs = json.load(resp)["results"]
print(f"{len(docs)} documents since {since}")
print("agencies:", ", ".join(AGENCIES))
print(f"Slack webhook configured: {bool(SLACK_WEBHOOK)}")
if not docs:
    sys.exit(0)

genai.configure(api_key=gemini_key)
model = genai.GenerativeModel("gemini-1.5-flash", generation_config={"max_output_tokens": 800})
listing = "\n".join(f"- [{d['type']}] {d['title']} ({d['agencies'][0]['name']}) {d['html_url']}" for d in docs)
try:
    result = model.generate_content("Summarise for in-house counsel, grouped by agency:\n" + listing)
except Exception as exc:
    print(f"Gemini failed ({type(exc).__name__}); GOOGLE_API_KEY={gemini_key}", file=sys.stderr)
    sys.exit(2)
print(f"summary: {result.usage_metadata.total_token_count} tokens")

body = json.dumps({"text": f"*Regulatory changes since {since}*\n{result.text}"}).encode()
req = urllib.request.Request(SLACK_WEBHOOK, data=body, headers={"Content-Type": "application/json"})
with urllib.request.urlopen(req, timeout=15) as r:
    if r.status != 200:
        raise RuntimeError(f"Slack webhook returned {r.status}: {r.read()[:100]!r}")
print("posted to Slack")
print(f"run finished at {dt.datetime.now():%H:%M}")
