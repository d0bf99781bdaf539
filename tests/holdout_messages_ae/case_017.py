#!/usr/bin/env python3
"""pre-commit hook `check-leaked-keys`: find ModelRed keys in staged files and test if they are live."""
from __future__ import annotations

import re
import subprocess
import sys

from modelred import ModelRed, Unauthorized, APIError

KEY_RE = re.compile(r"\bmr_[A-Za-z0-9]{24,64}\b")


def staged_files() -> list[str]:
    out = subprocess.run(["git", "diff", "--cached", "--name-only", "--diff-filter=ACM"], capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line]


def is_live(leaked_key: str) -> bool | None:
    try:
        with ModelRed(leaked_key, timeout=5.0, max_retries=0) as client:
            client.list_models(limit=1)
    except Unauthorized:
        return False
    except APIError as exc:
        print(f"  could not check key: HTTP {getattr(exc, 'status_code', '?')}", file=sys.stderr)
        return None
    return True


def main(argv: list[str]) -> int:
    check_live = "--check-live" in argv
    found = 0
    for path in staged_files():
        try:
            text = open(path, encoding="utf-8", errors="ignore").read()
        except OSError as exc:
            print(f"{path}: unreadable ({exc})", file=sys.stderr)
            continue
        for m in KEY_RE.finditer(text):
            leaked_key = m.group(0)
            lineno = text.count("\n", 0, m.start()) + 1
            found += 1
            print(f"{path}:{lineno}: ModelRed key {leaked_key[:3]}…{leaked_key[-4:]}")
            if check_live and is_live(leaked_key):
                print(f"{path}:{lineno}: key is LIVE, revoke it now: {leaked_key}")
    if found:
        print(f"{found} possible key(s) found; commit blocked", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
