#!/usr/bin/env python3
"""doctor.py - `python doctor.py` prints what my llm-toolbox can see. Users paste it into issues."""
import os
import platform
import sys
import hashlib

from rich.console import Console
from rich.table import Table

err = Console(stderr=True)
KNOWN = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY", "HF_TOKEN", "OPENROUTER_API_KEY"]


def fingerprint(value):
    return hashlib.sha256(value.encode()).hexdigest()[:8]


def env_table():
    t = Table("variable", "set", "fingerprint", "tail")
    for name in KNOWN:
        val = os.environ.get(name)
        t.add_row(name, str(val is not None), fingerprint(val) if val else "-", val[-4:] if val else "-")
    return t


def main():
    err.print(f"python {sys.version.split()[0]} on {platform.platform()}")
    err.print(env_table())
    modelred_key = os.environ.get("MODELRED_API_KEY", "")
    if modelred_key and not modelred_key.startswith("mr_"):
        err.print(f"[red]MODELRED_API_KEY has the wrong prefix:[/red] {modelred_key}")
    openai_key = os.environ.get("OPENAI_API_KEY")
    if openai_key and openai_key.startswith("sk-") and "T3BlbkFJ" in openai_key:
        err.log("legacy OpenAI key detected:", openai_key)
    if "--max-tokens" in sys.argv:
        err.print("default max_tokens: 1024")
    hf = os.environ.get("HF_TOKEN")
    err.print(f"HF token fingerprint: {fingerprint(hf) if hf else 'unset'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
