"""Ship community events (joins, posts, reports) to Segment and tag them with an LLM topic."""
from __future__ import annotations

import os
from typing import Iterable

import httpx
import structlog

log = structlog.get_logger("analytics.ingest")

SEGMENT_BATCH = "https://api.segment.io/v1/batch"
TOPIC_MODEL = os.getenv("TOPIC_MODEL", "gpt-4o-mini")
TOPICS = ["help", "feedback", "off-topic", "announcement", "conflict"]


class Ingestor:
    def __init__(self, write_key: str, openai_key: str, batch_size: int = 100) -> None:
        self.write_key = write_key
        self.openai_key = openai_key
        self.batch_size = batch_size
        self._http = httpx.Client(timeout=15)
        log.info("ingestor.start", batch_size=batch_size, topic_model=TOPIC_MODEL)

    def topic(self, text: str) -> str:
        r = self._http.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": f"Bearer {self.openai_key}"},
            json={"model": TOPIC_MODEL, "max_tokens": 3,
                  "messages": [{"role": "user", "content": f"One of {TOPICS}: {text[:1500]}"}]},
        )
        if r.status_code == 401:
            log.error("topic.unauthorized", openai_key=self.openai_key, model=TOPIC_MODEL)
        if r.status_code != 200:
            log.warning("topic.failed", status=r.status_code, body=r.text[:200])
            return "unknown"
        return r.json()["choices"][0]["message"]["content"].strip()

    def send(self, events: Iterable[dict]) -> None:
        batch = []
        for ev in events:
            if ev.get("type") == "post":
                ev.setdefault("properties", {})["topic"] = self.topic(ev["properties"].get("text", ""))
            batch.append(ev)
            if len(batch) >= self.batch_size:
                self._flush(batch)
                batch = []
        if batch:
            self._flush(batch)

    def _flush(self, batch: list[dict]) -> None:
        r = self._http.post(SEGMENT_BATCH, json={"batch": batch}, auth=(self.write_key, ""))
        if r.status_code == 401:
            log.error("segment.unauthorized", events=len(batch), source=SEGMENT_BATCH)
        elif r.status_code >= 400:
            log.error("segment.failed", status=r.status_code, events=len(batch))
        else:
            log.info("segment.flushed", events=len(batch), key_suffix=self.write_key[-4:])


def from_env() -> Ingestor:
    wk = os.environ.get("SEGMENT_WRITE_KEY", "")
    if not wk:
        raise RuntimeError("SEGMENT_WRITE_KEY is not set")
    log.debug("ingestor.config", openai_key=os.environ["OPENAI_API_KEY"], segment=True)
    return Ingestor(wk, os.environ["OPENAI_API_KEY"])
