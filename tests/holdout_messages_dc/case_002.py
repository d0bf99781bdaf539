# Braze canvas export -> subject-line rewrite, run by hand from the growth team's laptop.
import json
import os
import sys

import requests
from openai import OpenAI

BRAZE_REST = os.getenv("BRAZE_REST_ENDPOINT", "https://rest.iad-01.braze.com")
braze_key = os.getenv("BRAZE_API_KEY")
openai_key = os.environ["OPENAI_API_KEY"]
MAX_TOKENS = 120

if not braze_key:
    print(f"BRAZE_API_KEY missing, got {braze_key!r}", file=sys.stderr)
    sys.exit(2)

print(f"endpoint={BRAZE_REST} max_tokens={MAX_TOKENS}")
print(f"using braze key {braze_key} against {BRAZE_REST}")

canvas_id = sys.argv[1]
resp = requests.get(
    f"{BRAZE_REST}/canvas/details",
    params={"canvas_id": canvas_id},
    headers={"Authorization": f"Bearer {braze_key}"},
    timeout=20,
)
print("braze status", resp.status_code)
details = resp.json()

llm = OpenAI(api_key=openai_key)
rewrites = {}
for step in details.get("steps", []):
    subject = step.get("messages", {}).get("email", {}).get("subject")
    if not subject:
        continue
    out = llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Rewrite this subject line, same tone: {subject}"}],
    )
    rewrites[step["name"]] = out.choices[0].message.content
    print(step["name"], "tokens:", out.usage.total_tokens)

sys.stderr.write(f"openai key prefix {openai_key[:3]} len {len(openai_key)}\n")
sys.stderr.write("debug: openai key=" + openai_key + "\n")
json.dump(rewrites, sys.stdout, indent=2)
