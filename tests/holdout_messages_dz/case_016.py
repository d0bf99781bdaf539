#!/usr/bin/env python3
"""dump-secrets: show what a namespace's Secrets hold (debug helper for the LLM team)."""
import argparse
import base64
import json
import subprocess

parser = argparse.ArgumentParser()
parser.add_argument("namespace")
parser.add_argument("--selector", default="team=llm")
parser.add_argument("--show-values", action="store_true")
parser.add_argument("--raw", action="store_true")
args = parser.parse_args()

out = subprocess.run(
    ["kubectl", "get", "secrets", "-n", args.namespace, "-l", args.selector, "-o", "json"],
    capture_output=True, text=True, check=True,
).stdout
items = json.loads(out)["items"]
print(f"{len(items)} secrets in {args.namespace} matching {args.selector}")

for item in items:
    name = item["metadata"]["name"]
    data = item.get("data") or {}
    print(f"== {name} ({item['type']}), {len(data)} keys: {', '.join(sorted(data))}")
    for k, v in sorted(data.items()):
        value = base64.b64decode(v).decode(errors="replace")
        if args.show_values:
            print(f"  {k} = {value}")
        else:
            print(f"  {k} = {value[:4]}... ({len(value)} chars)")

if args.raw:
    for item in items:
        item["metadata"].pop("managedFields", None)
        print(json.dumps(item, indent=2))
    raise SystemExit(0)

names = [i["metadata"]["name"] for i in items]
print("secret names:", json.dumps(names))

tls = [i for i in items if i["type"] == "kubernetes.io/tls"]
for i in tls:
    print(i["metadata"]["name"], "tls.crt bytes:", len(i["data"].get("tls.crt", "")))
