"""Env-file linter (pre-commit): ensure .env.example contains no real values."""
import argparse
import re
import sys

PLACEHOLDER_RX = re.compile(r"^(|<.*>|changeme|your-.*-here|x+)$", re.I)
SECRETISH = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD)$")


def parse(path: str) -> list[tuple[int, str, str]]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.lstrip().startswith("#") or "=" not in line:
                continue
            name, _, value = line.partition("=")
            out.append((n, name.strip(), value.strip().strip("'\"")))
    return out


def check(path: str, show_values: bool) -> int:
    problems = 0
    for n, name, value in parse(path):
        if not SECRETISH.search(name):
            continue
        if PLACEHOLDER_RX.match(value):
            continue
        problems += 1
        print(f"{path}:{n}: {name} has a non-placeholder value ({len(value)} chars)")
        if show_values:
            print(f"{path}:{n}:   value = {value}", file=sys.stderr)
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--show-values", action="store_true")
    ns = ap.parse_args()
    total = sum(check(p, ns.show_values) for p in ns.files)
    if total:
        print(f"{total} secret-looking value(s) in example env files", file=sys.stderr)
        print("names checked:", SECRETISH.pattern)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
