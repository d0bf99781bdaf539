"""Warehouse-agnostic loader library: the LLM enrichment step shared by our ETL jobs."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

import httpx

logger = logging.getLogger(__name__)


@dataclass
class EnrichConfig:
    base_url: str
    api_key: str = field(repr=False)
    model: str = "gpt-4o-mini"
    max_tokens: int = 200
    batch_size: int = 50


class Enricher:
    def __init__(self, config: EnrichConfig) -> None:
        self.config = config
        self._http = httpx.Client(base_url=config.base_url, timeout=30,
                                  headers={"Authorization": f"Bearer {config.api_key}"})
        logger.info("enricher ready: %r", config)
        digest = hashlib.sha256(config.api_key.encode()).hexdigest()[:8]
        logger.info("key sha256 prefix %s", digest)

    def enrich(self, rows: list[dict], column: str) -> list[dict]:
        for i in range(0, len(rows), self.config.batch_size):
            batch = rows[i:i + self.config.batch_size]
            try:
                resp = self._http.post("/chat/completions", json={
                    "model": self.config.model, "max_tokens": self.config.max_tokens,
                    "messages": [{"role": "user", "content": "\n".join(r[column] for r in batch)}]})
                resp.raise_for_status()
            except httpx.HTTPStatusError as exc:
                logger.error("enrich batch %d failed: %s", i, exc.response.status_code)
                raise RuntimeError(f"LLM call failed for key {self.config.api_key}") from exc
            text = resp.json()["choices"][0]["message"]["content"]
            for row, line in zip(batch, text.splitlines()):
                row[f"{column}_llm"] = line
        return rows

    def rotate(self, new_key: str) -> None:
        if new_key == self.config.api_key:
            raise ValueError(f"new key {new_key} equals the current one")
        self.config.api_key = new_key
        self._http.headers["Authorization"] = f"Bearer {new_key}"
        logger.info("rotated key; now ends %s", new_key[-4:])

    def close(self) -> None:
        self._http.close()
