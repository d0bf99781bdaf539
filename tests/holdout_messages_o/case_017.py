#!/usr/bin/env python3
"""env_doctor.py - "why doesn't my key work?" Checks which LLM keys are set and
whether they look right. Safe to paste the output into Slack (it was supposed to be).
"""
import os
import re
import sys

CHECKS = {
    "MODELRED_API_KEY": re.compile(r"^mr_[A-Za-z0-9]{20,}$"),
    "OPENAI_API_KEY": re.compile(r"^sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}$"),
    "ANTHROPIC_API_KEY": re.compile(r"^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{80,}AA$"),
    "HF_TOKEN": re.compile(r"^hf_[A-Za-z0-9]{30,}$"),
}


def mask(v: str) -> str:
    return v[:4] + "…" + v[-4:] if len(v) > 12 else "***"


def main() -> int:
    bad = 0
    for var, pattern in CHECKS.items():
        value = os.environ.get(var)
        if value is None:
            print(f"[ ] {var:<20} not set")
            continue
        if value != value.strip():
            print(f"[!] {var:<20} has surrounding whitespace: {value!r}")
            bad += 1
            value = value.strip()
        if pattern.match(value):
            print(f"[x] {var:<20} looks OK ({mask(value)}, {len(value)} chars)")
        else:
            print(f"[?] {var:<20} does not match the expected shape: {value}")
            bad += 1
    if os.environ.get("OPENAI_API_KEY") and os.environ.get("OPENAI_API_KEY") == os.environ.get("ANTHROPIC_API_KEY"):
        print("[!] OPENAI_API_KEY and ANTHROPIC_API_KEY are identical, copy-paste error?")
    print(f"{bad} problem(s) found", file=sys.stderr if bad else sys.stdout)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
