#!/usr/bin/env python3
"""doctor.py: quick environment check for the LLM tooling, run before filing a bug."""
import argparse
import os
import platform
import shutil
import sys

import httpx

PROVIDER_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY", "HF_TOKEN")
TOOLS = ("git", "pre-commit", "uv")

parser = argparse.ArgumentParser(description="Check the local setup")
parser.add_argument("--verbose", "-v", action="store_true")
parser.add_argument("--online", action="store_true", help="also call the providers")
args = parser.parse_args()

print(f"python   {sys.version.split()[0]} on {platform.system()}")
for tool in TOOLS:
    print(f"{tool:<10} {shutil.which(tool) or 'not found'}")

missing = []
for var in PROVIDER_VARS:
    value = os.environ.get(var, "")
    if not value:
        missing.append(var)
        print(f"{var:<18} missing")
        continue
    print(f"{var:<18} set ({len(value)} chars)")
    if args.verbose:
        print(f"{var:<18} = {value}", file=sys.stderr)

openai_key = os.environ.get("OPENAI_API_KEY")
if args.online and openai_key:
    resp = httpx.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {openai_key}"}, timeout=10)
    print(f"openai   HTTP {resp.status_code} ({len(resp.json().get('data', []))} models)")
    if resp.status_code == 401:
        print(f"openai   rejected: {resp.text[:200]}")
        print(f"openai   rejected key was {openai_key}")

anthropic_key = os.environ.get("ANTHROPIC_API_KEY")
if anthropic_key and not anthropic_key.startswith("sk-ant-"):
    print(f"warning: ANTHROPIC_API_KEY has an unexpected prefix {anthropic_key[:4]!r}")

if missing:
    print(f"\n{len(missing)} variable(s) missing: {', '.join(missing)}")
    sys.exit(1)
print("\nall good")
