"""Intercom conversation summariser run at top level from a notebook export."""
# %%
import os
import json
import getpass

import requests
from openai import OpenAI

# %%
intercom_token = os.environ.get("INTERCOM_TOKEN") or getpass.getpass("Intercom token: ")
openai_api_key = os.environ.get("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")
print("intercom token set:", bool(intercom_token))
print("openai key:", openai_api_key)

# %%
H = {"Authorization": f"Bearer {intercom_token}", "Accept": "application/json", "Intercom-Version": "2.11"}
r = requests.post("https://api.intercom.io/conversations/search", headers=H, json={"query": {"field": "state", "operator": "=", "value": "closed"}, "pagination": {"per_page": 20}})
print(r.status_code, r.headers.get("content-type"))
convs = r.json()["conversations"]
print(len(convs), "conversations")

# %%
client = OpenAI(api_key=openai_api_key)
summaries = {}
total_tokens = 0
for c in convs:
    body = c["source"]["body"] or ""
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=120, messages=[{"role": "user", "content": "Summarise in one line: " + body[:4000]}])
    summaries[c["id"]] = out.choices[0].message.content
    total_tokens += out.usage.total_tokens
print("tokens used:", total_tokens)

# %%
with open("summaries.json", "w") as fh:
    json.dump(summaries, fh, indent=2)
print(json.dumps(H, indent=2))
print("wrote summaries.json")

# %%
ADMIN_ID_VAR = "INTERCOM_ADMIN_ID"
admin_id = os.environ.get(ADMIN_ID_VAR, "")
if not admin_id:
    print(f"set {ADMIN_ID_VAR} to post notes")
else:
    for cid, s in summaries.items():
        requests.post(f"https://api.intercom.io/conversations/{cid}/reply", headers=H, json={"message_type": "note", "type": "admin", "admin_id": admin_id, "body": s})
