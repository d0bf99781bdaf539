#!/usr/bin/env python3
"""One-off: export Freshdesk canned responses to Markdown for the KB team."""
import argparse
import base64
import os
import pathlib
import sys

import requests

ap = argparse.ArgumentParser()
ap.add_argument("--domain", required=True)
ap.add_argument("--api-key", default=os.getenv("FRESHDESK_API_KEY"))
ap.add_argument("--out", default="canned")
ap.add_argument("-v", "--verbose", action="store_true")
args = ap.parse_args()

if not args.api_key:
    sys.exit("no API key: pass --api-key or set FRESHDESK_API_KEY")

basic = base64.b64encode(f"{args.api_key}:X".encode()).decode()
headers = {"Authorization": f"Basic {basic}", "Content-Type": "application/json"}

if args.verbose:
    print(f"domain={args.domain} out={args.out}")
    print(f"key length {len(args.api_key)}, ends {args.api_key[-4:]}")
    print(f"request header names: {sorted(headers)}")

out = pathlib.Path(args.out)
out.mkdir(exist_ok=True)

folders = requests.get(f"https://{args.domain}/api/v2/canned_response_folders", headers=headers, timeout=20)
if folders.status_code != 200:
    print(f"folders: HTTP {folders.status_code} {folders.text}", file=sys.stderr)
    sys.exit(1)

n = 0
for folder in folders.json():
    r = requests.get(f"https://{args.domain}/api/v2/canned_response_folders/{folder['id']}/responses", headers=headers, timeout=20)
    for cr in r.json():
        path = out / f"{folder['name']}_{cr['id']}.md".replace(" ", "_")
        path.write_text(f"# {cr['title']}\n\n{cr['content']}\n")
        n += 1

print(f"wrote {n} responses to {out}/")
if args.verbose:
    print("done; used key", args.api_key, file=sys.stderr)
