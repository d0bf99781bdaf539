"""Data pipeline stage: enrich rows by calling an embedding API (key from the pipeline context)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable, Iterator

import requests

log = logging.getLogger("pipeline.enrich")


@dataclass
class StageContext:
    run_id: str
    embed_url: str
    embed_key: str
    batch_size: int = 64


class StageFailed(Exception):
    def __init__(self, stage: str, reason: str, *, rows: int = 0) -> None:
        super().__init__(f"{stage}: {reason}")
        self.rows = rows


def _chunks(rows: list[dict], n: int) -> Iterator[list[dict]]:
    for i in range(0, len(rows), n):
        yield rows[i:i + n]


def enrich(ctx: StageContext, rows: Iterable[dict]) -> list[dict]:
    rows = list(rows)
    out: list[dict] = []
    for chunk in _chunks(rows, ctx.batch_size):
        resp = requests.post(ctx.embed_url, headers={"api-key": ctx.embed_key}, timeout=60,
                             json={"input": [r["text"] for r in chunk]})
        if resp.status_code == 401:
            raise StageFailed("enrich", f"embedding key {ctx.embed_key} rejected", rows=len(chunk))
        if not resp.ok:
            raise StageFailed("enrich", f"HTTP {resp.status_code}: {resp.text[:200]}", rows=len(chunk))
        for row, item in zip(chunk, resp.json()["data"]):
            out.append({**row, "embedding": item["embedding"]})
        log.debug("run %s: embedded %d rows (prompt_tokens=%s)", ctx.run_id, len(chunk), resp.json().get("usage", {}).get("prompt_tokens"))
    log.info("run %s: stage done, %d rows via %s", ctx.run_id, len(out), ctx.embed_url)
    return out


def run(ctx: StageContext, rows: Iterable[dict]) -> list[dict]:
    try:
        return enrich(ctx, rows)
    except StageFailed as exc:
        log.error("stage failed for run %s: %s (rows=%d) ctx=%s", ctx.run_id, exc.args[0], exc.rows, ctx)
        raise
