"""Homeowner-facing progress update writer (Buildertrend export + xAI)."""
import csv
import logging
import os
from dataclasses import dataclass

import httpx

wlog = logging.getLogger("updates")

XAI_URL = "https://api.x.ai/v1/chat/completions"


@dataclass
class WriterSettings:
    xai_api_key: str
    model: str = "grok-2-latest"
    max_tokens: int = 450
    tone: str = "friendly"


def settings() -> WriterSettings:
    s = WriterSettings(xai_api_key=os.environ["XAI_API_KEY"])
    wlog.info("writer model %s tone %s max_tokens %d", s.model, s.tone, s.max_tokens)
    return s


def write_update(s: WriterSettings, job: str, rows: list[dict]) -> str:
    lines = "\n".join(f"{r['date']}: {r['notes']}" for r in rows)
    try:
        r = httpx.post(XAI_URL, headers={"Authorization": f"Bearer {s.xai_api_key}"},
                       json={"model": s.model, "max_tokens": s.max_tokens,
                             "messages": [{"role": "user", "content": f"Homeowner update for {job}:\n{lines}"}]},
                       timeout=60)
        r.raise_for_status()
    except httpx.HTTPStatusError as e:
        wlog.error("xai %s for %s", e.response.status_code, job)
        wlog.error("writer settings at failure: %s", s)
        raise
    return r.json()["choices"][0]["message"]["content"]


def main(export_csv: str):
    s = settings()
    by_job: dict[str, list[dict]] = {}
    with open(export_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            by_job.setdefault(row["job"], []).append(row)
    for job, rows in by_job.items():
        print(f"== {job} ==")
        print(write_update(s, job, rows))
    wlog.info("wrote %d updates", len(by_job))


if __name__ == "__main__":
    import sys
    main(sys.argv[1])
