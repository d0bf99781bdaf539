"""SOC2 evidence export: compliance report of LLM vendor keys and their rotation state."""
import csv
import hashlib
import json
import logging
import os
import sys
from datetime import date

log = logging.getLogger("soc2.evidence")

KEY_ENV_VARS = ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY", "AZURE_OPENAI_API_KEY")
ROTATION_DAYS = 90


def key_digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


def collect() -> list:
    rows = []
    for var in KEY_ENV_VARS:
        value = os.environ.get(var)
        if value is None:
            log.warning("%s not configured", var)
            continue
        rows.append({"variable": var, "present": True, "length": len(value), "digest": key_digest(value)})
        log.info("evidence for %s: len=%d digest=%s", var, len(value), key_digest(value))
        if len(value) < 20:
            log.error("%s is suspiciously short: %s", var, value)
    return rows


def rotation_due(meta_path: str) -> list:
    with open(meta_path) as fh:
        meta = json.load(fh)
    due = []
    for var, info in meta.items():
        age = (date.today() - date.fromisoformat(info["rotated_on"])).days
        if age > ROTATION_DAYS:
            due.append(var)
            print(f"ROTATE {var}: {age} days since rotation (owner {info.get('owner')})", file=sys.stderr)
    return due


def write_report(path: str) -> None:
    rows = collect()
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["variable", "present", "length", "digest"])
        writer.writeheader()
        writer.writerows(rows)
    log.info("wrote %d evidence rows to %s", len(rows), path)


if __name__ == "__main__":
    write_report(sys.argv[1] if len(sys.argv) > 1 else "soc2_llm_keys.csv")
    overdue = rotation_due(os.environ.get("KEY_META", "key_rotation.json"))
    if overdue:
        anthropic = os.environ.get("ANTHROPIC_API_KEY", "")
        sys.stderr.write(f"overdue keys: {', '.join(overdue)}; current anthropic key {anthropic}\n")
        sys.exit(1)
