# anti-money-laundering (AML) alert narrative drafts; run as a notebook export at top level
import os
import json
import getpass

import pandas as pd
from openai import OpenAI

openai_api_key = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")
case_system_url = os.environ.get("CASE_SYSTEM_URL", "https://aml-cases.internal")
case_system_token = os.environ["CASE_SYSTEM_TOKEN"]
NARRATIVE_MAX_TOKENS = 900

print(f"key loaded: {openai_api_key}")
print("case system:", case_system_url)
print("narrative budget:", NARRATIVE_MAX_TOKENS, "tokens")

alerts = pd.read_csv(os.environ.get("ALERTS_CSV", "alerts_q3.csv"))
alerts = alerts[alerts["score"] > 0.8]
print(len(alerts), "high-score alerts")

client = OpenAI(api_key=openai_api_key)
drafts = []
for _, row in alerts.iterrows():
    prompt = (
        "Draft a SAR narrative (who, what, when, where, why) from these facts, no speculation:\n"
        + json.dumps({"customer": row["customer_id"], "pattern": row["pattern"], "amount": row["amount"], "window": row["window"]})
    )
    resp = client.chat.completions.create(model="gpt-4o", max_tokens=NARRATIVE_MAX_TOKENS,
                                          messages=[{"role": "user", "content": prompt}])
    drafts.append({"alert_id": row["alert_id"], "narrative": resp.choices[0].message.content,
                   "tokens": resp.usage.total_tokens})

print(pd.DataFrame(drafts)[["alert_id", "tokens"]])

import requests
upload_headers = {"Authorization": f"Token {case_system_token}"}
r = requests.post(f"{case_system_url}/api/drafts", headers=upload_headers, json=drafts, timeout=60)
print(r.status_code, r.text[:300])
if r.status_code >= 400:
    print("upload failed with headers", upload_headers)
    raise RuntimeError(f"upload failed {r.status_code}")
