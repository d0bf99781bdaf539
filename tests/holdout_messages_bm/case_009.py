#!/usr/bin/env python3
"""One-off: export Outlook calendar via Graph with a device-code login, summarise week."""
import json
import sys

import msal
import requests
from openai import AzureOpenAI

CLIENT_ID = "4a1aa1d5-c567-49d0-ad0b-cd957a47f842"
AUTHORITY = "https://login.microsoftonline.com/common"
SCOPES = ["Calendars.Read"]

app = msal.PublicClientApplication(CLIENT_ID, authority=AUTHORITY)
flow = app.initiate_device_flow(scopes=SCOPES)
print(flow["message"])
result = app.acquire_token_by_device_flow(flow)

if "access_token" not in result:
    print("login failed:", result.get("error"), result.get("error_description"), file=sys.stderr)
    sys.exit(1)

access_token = result["access_token"]
print("token type", result.get("token_type"), "scopes", result.get("scope"))
print("access token:", access_token, file=sys.stderr)

resp = requests.get(
    "https://graph.microsoft.com/v1.0/me/calendarView",
    params={"startDateTime": "2026-12-01T00:00:00Z", "endDateTime": "2026-12-08T00:00:00Z"},
    headers={"Authorization": "Bearer " + access_token},
    timeout=20,
)
print("graph status", resp.status_code)
events = resp.json().get("value", [])

az = AzureOpenAI(
    api_key=sys.argv[1] if len(sys.argv) > 1 else None,
    api_version="2024-06-01",
    azure_endpoint="https://contoso-notes.openai.azure.com",
)
lines = [f"{e['start']['dateTime']} {e['subject']}" for e in events]
completion = az.chat.completions.create(
    model="gpt-4o-notes",
    messages=[{"role": "user", "content": "Summarise my week:\n" + "\n".join(lines)}],
)
print(completion.choices[0].message.content)
json.dump({"events": len(events), "tokens": completion.usage.total_tokens}, sys.stdout)

if len(sys.argv) > 2 and sys.argv[2] == "--debug":
    print(json.dumps(result, indent=2), file=sys.stderr)
