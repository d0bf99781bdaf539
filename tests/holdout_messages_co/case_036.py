#!/usr/bin/env python3
"""env_report.py: which LLM keys does this shell have? (walrus in comprehensions)"""
import os
import platform
import sys

VARS = (
    "OPENAI_API_KEY",
    "ANTHROPIC_API_KEY",
    "OPENROUTER_API_KEY",
    "GOOGLE_API_KEY",
    "XAI_API_KEY",
    "HF_TOKEN",
    "MODELRED_API_KEY",
)
NON_SECRET = ("OPENAI_BASE_URL", "OPENAI_ORG_ID", "ANTHROPIC_MODEL", "MAX_TOKENS")

found = {name: v for name in VARS if (v := os.getenv(name))}
settings = {name: v for name in NON_SECRET if (v := os.getenv(name))}
verbose = "-v" in sys.argv

print(f"python {platform.python_version()} on {platform.system()}")
print("keys present:", ", ".join(sorted(found)) or "none")
print("missing:", [n for n in VARS if n not in found])
print("other settings:", settings)

for name, value in found.items():
    print(f"  {name:22} len={len(value):3} ends …{value[-4:]}")

if verbose:
    print("raw environment subset:", found, file=sys.stderr)

if (mt := settings.get("MAX_TOKENS")) and not mt.isdigit():
    print(f"MAX_TOKENS should be a number, got {mt!r}", file=sys.stderr)

dupes = {v for v in found.values() if list(found.values()).count(v) > 1}
if dupes:
    print(f"{len(dupes)} key(s) reused across providers", file=sys.stderr)

sys.exit(0 if found else 1)
