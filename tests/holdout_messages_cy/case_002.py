#!/usr/bin/env python3
"""Push reviewed contracts from ./out into a NetDocuments cabinet (run by the KM team)."""
import json
import os
import pathlib
import sys

import requests
from openai import OpenAI

ND_BASE = "https://api.vault.netvoyage.com/v1"
cfg = json.loads(pathlib.Path("~/.nd_upload.json").expanduser().read_text())
client_id = cfg["client_id"]
client_secret = cfg["client_secret"]
repository = cfg["repository"]
print(f"repository={repository} client_id={client_id}")
print(f"client secret present: {bool(client_secret)}")

tok = requests.post(
    f"{ND_BASE}/OAuth",
    data={"grant_type": "client_credentials", "scope": "full"},
    auth=(client_id, client_secret),
    timeout=20,
)
if tok.status_code != 200:
    print(f"token request failed: {tok.status_code} {tok.text}", file=sys.stderr)
    sys.exit(1)
access_token = tok.json()["access_token"]
print(f"token type {tok.json()['token_type']}, expires in {tok.json()['expires_in']}s")
headers = {"Authorization": f"Bearer {access_token}"}
if os.environ.get("ND_DEBUG"):
    print("auth headers:", headers, file=sys.stderr)

oa = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
for path in sorted(pathlib.Path("out").glob("*.txt")):
    summary = oa.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=200,
        messages=[{"role": "user", "content": "Summarise for a filing profile:\n" + path.read_text()[:8000]}],
    )
    text = summary.choices[0].message.content
    print(f"{path.name}: {summary.usage.total_tokens} tokens")
    with path.open("rb") as fh:
        r = requests.put(
            f"{ND_BASE}/Document",
            headers=headers,
            files={"file": fh},
            data={"repository": repository, "description": text},
            timeout=60,
        )
    if r.status_code == 401:
        raise RuntimeError(f"NetDocuments refused bearer {access_token} while uploading {path.name}")
    if not r.ok:
        print("upload failed", path.name, r.status_code, file=sys.stderr)
        continue
    print("uploaded", path.name, "->", r.json().get("envId"))
