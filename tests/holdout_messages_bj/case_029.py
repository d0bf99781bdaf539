#!/usr/bin/env python3
"""pre-commit hook: make sure nobody (me) commits a live key; verifies suspicious ones against the API."""
import re
import subprocess
import sys

import requests

PATTERNS = {
    "openai": re.compile(r"sk-(?:proj-)?[A-Za-z0-9_-]{20,}"),
    "modelred": re.compile(r"mr_[A-Za-z0-9]{20,}"),
    "hf": re.compile(r"hf_[A-Za-z0-9]{30,}"),
}
CHECK_URL = {"openai": "https://api.openai.com/v1/models"}


def staged_files():
    out = subprocess.run(["git", "diff", "--cached", "--name-only"], capture_output=True, text=True, check=True)
    return [f for f in out.stdout.split() if f.endswith((".py", ".ipynb", ".env", ".toml", ".yaml"))]


def is_live(kind, candidate):
    if kind not in CHECK_URL:
        return None
    r = requests.get(CHECK_URL[kind], headers={"Authorization": f"Bearer {candidate}"}, timeout=5)
    print(f"  check {kind}: HTTP {r.status_code}", file=sys.stderr)
    return r.status_code == 200


def main():
    bad = 0
    for path in staged_files():
        try:
            text = open(path, encoding="utf-8").read()
        except (OSError, UnicodeDecodeError):
            continue
        for kind, rx in PATTERNS.items():
            for m in rx.finditer(text):
                found = m.group(0)
                bad += 1
                print(f"{path}: possible {kind} key {found[:4]}...{found[-4:]}", file=sys.stderr)
                if "--verbose" in sys.argv:
                    print(f"{path}: full match {found}", file=sys.stderr)
                if is_live(kind, found):
                    raise SystemExit(f"LIVE {kind} key in {path} (len {len(found)}) - revoke it now")
    if bad:
        print(f"{bad} suspicious strings; kinds checked: {sorted(PATTERNS)}", file=sys.stderr)
        return 1
    return 0


def verify_one(api_key):
    if is_live("openai", api_key) is False:
        raise PermissionError(f"OpenAI rejected {api_key}")
    return True


if __name__ == "__main__":
    sys.exit(main())
