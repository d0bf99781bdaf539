# quick script: pull Polygon aggregates, ask GPT for a one-line read, print it
import os
import sys

import requests
from openai import OpenAI

POLY_KEY = os.getenv("POLYGON_API_KEY", "")
OPENAI_KEY = os.getenv("OPENAI_API_KEY")
TICKER = sys.argv[1] if len(sys.argv) > 1 else "AAPL"

if not POLY_KEY:
    raise SystemExit("set POLYGON_API_KEY first")

print("polygon key present:", bool(POLY_KEY), "len", len(POLY_KEY))

url = f"https://api.polygon.io/v2/aggs/ticker/{TICKER}/range/1/day/2024-01-01/2024-03-01"
resp = requests.get(url, params={"apiKey": POLY_KEY}, timeout=10)
if resp.status_code != 200:
    print(f"polygon error {resp.status_code}: {resp.text[:200]}", file=sys.stderr)
    print(f"request was {url}?apiKey={POLY_KEY}", file=sys.stderr)
    sys.exit(1)

bars = resp.json().get("results", [])
closes = [b["c"] for b in bars]
print(f"{TICKER}: {len(closes)} bars, last close {closes[-1] if closes else 'n/a'}")

client = OpenAI(api_key=OPENAI_KEY)
prompt = f"In one sentence, describe the trend of these closes for {TICKER}: {closes[-30:]}"
completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": prompt}],
    max_tokens=80,
)
usage = completion.usage
print(f"tokens used: {usage.total_tokens} (prompt {usage.prompt_tokens})")
print(completion.choices[0].message.content)

if os.getenv("DEBUG_KEYS"):
    print("openai key:", OPENAI_KEY)
    print("openai key tail:", OPENAI_KEY[-4:] if OPENAI_KEY else None)

with open("reads.log", "a") as fh:
    fh.write(f"{TICKER}\t{closes[-1] if closes else ''}\t{usage.total_tokens}\n")

print("done")
