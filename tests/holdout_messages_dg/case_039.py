"""Replays recorded LLM calls from a JSONL trace file (for regression testing of prompts)."""
import json
import logging
import os
from pathlib import Path

from openai import OpenAI

log = logging.getLogger("replay")

SECRET_FIELDS = ("api_key", "authorization", "openai_api_key")


def scrub(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k.lower() not in SECRET_FIELDS}


def load_trace(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text().splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            log.warning("line %d unreadable: %s", n, exc.msg)
    return rows


def replay(path: Path, api_key: str | None = None) -> int:
    key = api_key or os.environ["OPENAI_API_KEY"]
    client = OpenAI(api_key=key)
    log.info("scrubbing fields %s from replayed records", SECRET_FIELDS)
    diffs = 0
    for rec in load_trace(path):
        log.debug("replaying %s", scrub(rec))
        recorded_key = rec.get("api_key")
        if recorded_key and recorded_key != key:
            raise RuntimeError(f"trace recorded with a different key: {recorded_key}")
        r = client.chat.completions.create(model=rec["model"], messages=rec["messages"], max_tokens=rec.get("max_tokens", 256))
        if r.choices[0].message.content != rec.get("output"):
            diffs += 1
            log.info("diff at %s (usage %d tokens)", rec.get("id"), r.usage.total_tokens)
    return diffs


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print("diffs:", replay(Path(os.getenv("TRACE_FILE", "trace.jsonl"))))
