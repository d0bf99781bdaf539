#!/usr/bin/env python3
"""ci/scan_cassettes.py: fail the build if a recorded cassette contains a live credential.

Runs in the `lint` job with the same secrets as the recording job.
"""
import os
import sys
from pathlib import Path

import yaml

CASSETTE_DIR = Path("tests/cassettes")
WATCHED = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MISTRAL_API_KEY", "COHERE_API_KEY")
SENSITIVE_HEADERS = {"authorization", "x-api-key", "api-key"}


def live_values():
    values = {}
    for name in WATCHED:
        value = os.environ.get(name, "")
        if len(value) >= 12:
            values[name] = value
    return values


def scan_file(path, secrets_by_name):
    text = path.read_text(encoding="utf-8")
    hits = [name for name, value in secrets_by_name.items() if value in text]
    doc = yaml.safe_load(text) or {}
    for interaction in doc.get("interactions", []):
        headers = {k.lower(): v for k, v in interaction["request"].get("headers", {}).items()}
        for header in sorted(SENSITIVE_HEADERS & set(headers)):
            value = headers[header][0] if isinstance(headers[header], list) else headers[header]
            if value not in ("<REDACTED>", "DUMMY"):
                print(f"{path}: header {header} recorded unredacted: {value}")
                hits.append(header)
    return hits


def main():
    secrets_by_name = live_values()
    print(f"scanning {CASSETTE_DIR} for {len(secrets_by_name)} live keys: {', '.join(secrets_by_name)}")
    failed = 0
    for path in sorted(CASSETTE_DIR.rglob("*.yaml")):
        hits = scan_file(path, secrets_by_name)
        if not hits:
            continue
        failed += 1
        print(f"::error file={path}::cassette contains {', '.join(hits)}")
        for name in hits:
            if name in secrets_by_name:
                value = secrets_by_name[name]
                print(f"  {name} ending ...{value[-4:]}")
                if "--show-values" in sys.argv:
                    print(f"  {name} = {value}")
    print(f"{failed} cassette(s) with credentials")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
