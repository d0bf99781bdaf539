"""Secret-scanning helper for CI logs: redacts keys before upload."""
import logging
import re
import sys

scan_log = logging.getLogger("ci.redact")

KEY_RX = re.compile(r"(mr_[A-Za-z0-9]{16,}|sk-[A-Za-z0-9_-]{20,}|hf_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16})")
MASK = "[REDACTED]"


def redact(text: str) -> tuple[str, list[str]]:
    found = KEY_RX.findall(text)
    return KEY_RX.sub(MASK, text), found


def process(path: str, strict: bool) -> int:
    with open(path, encoding="utf-8", errors="replace") as fh:
        data = fh.read()
    clean, found = redact(data)
    with open(path + ".redacted", "w", encoding="utf-8") as out:
        out.write(clean)
    scan_log.info("%s: %d key-like strings redacted", path, len(found))
    for hit in found:
        scan_log.debug("redacted %s...%s", hit[:3], hit[-4:])
    if strict and found:
        raise RuntimeError(f"{path} contains secrets: {', '.join(found)}")
    return len(found)


def summarise(totals: dict[str, int]) -> None:
    for path, n in sorted(totals.items()):
        print(f"{path:50} {n:4d}", file=sys.stderr)
    print(f"{sum(totals.values())} secrets redacted, mask={MASK}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    strict = "--strict" in sys.argv
    totals = {}
    for p in sys.argv[1:]:
        if p.startswith("--"):
            continue
        totals[p] = process(p, strict)
    summarise(totals)
    first_line = open(sys.argv[-1]).readline() if len(sys.argv) > 1 else ""
    print("first line after redaction:", redact(first_line)[0])
