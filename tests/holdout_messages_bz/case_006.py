"""pre-commit hook: block commits that add ModelRed or provider keys."""
import re
import sys
import hashlib

PATTERNS = {
    "modelred": re.compile(r"mr_[A-Za-z0-9]{20,}"),
    "openai": re.compile(r"sk-(?:proj-)?[A-Za-z0-9_-]{20,}"),
    "anthropic": re.compile(r"sk-ant-api03-[A-Za-z0-9_-]{80,}"),
    "huggingface": re.compile(r"hf_[A-Za-z0-9]{30,}"),
}
ALLOW_MARK = "pragma: allowlist secret"


def fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def scan_file(path: str) -> list[tuple[int, str, str]]:
    hits = []
    with open(path, encoding="utf-8", errors="ignore") as fh:
        for lineno, line in enumerate(fh, 1):
            if ALLOW_MARK in line:
                continue
            for kind, rx in PATTERNS.items():
                m = rx.search(line)
                if m:
                    hits.append((lineno, kind, m.group(0)))
    return hits


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    failed = 0
    for path in (a for a in argv if not a.startswith("--")):
        for lineno, kind, match in scan_file(path):
            failed += 1
            print(f"{path}:{lineno}: possible {kind} key (sha256 {fingerprint(match)})")
            if verbose:
                print(f"    matched: {match}")
    if failed:
        print(f"{failed} possible secret(s); add '{ALLOW_MARK}' if a false alarm", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
