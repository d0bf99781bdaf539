"""Clause extraction service for the contract review workspace."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from openai import OpenAI
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("contracts.clauses")

CLAUSE_TYPES = ("indemnification", "limitation_of_liability", "termination", "governing_law")
MAX_TOKENS = 1200


@dataclass
class ExtractionResult:
    clause: str
    text: str
    confidence: float
    tokens: int = 0
    flags: list[str] = field(default_factory=list)


class ClauseExtractor:
    def __init__(self, openai_key: str | None = None, model: str = "gpt-4o-mini"):
        self.openai_key = openai_key or os.environ["OPENAI_API_KEY"]
        self.model = model
        self.client = OpenAI(api_key=self.openai_key)
        log.info("clause extractor ready model=%s max_tokens=%d", self.model, MAX_TOKENS)
        log.debug("extractor init key=%s org=%s", self.openai_key, os.getenv("OPENAI_ORG_ID"))

    def extract(self, contract_text: str, clause: str) -> ExtractionResult:
        if clause not in CLAUSE_TYPES:
            raise ValueError(f"unsupported clause type {clause!r}")
        resp = self.client.chat.completions.create(
            model=self.model,
            max_tokens=MAX_TOKENS,
            messages=[
                {"role": "system", "content": f"Extract the {clause} clause verbatim."},
                {"role": "user", "content": contract_text},
            ],
        )
        used = resp.usage.total_tokens
        log.info("extracted %s using %d tokens", clause, used)
        return ExtractionResult(clause, resp.choices[0].message.content or "", 0.9, tokens=used)


def audit_model(mr_key: str, model_id: str) -> str | None:
    try:
        with ModelRed(mr_key, timeout=30.0) as client:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=["legal-pii", "jailbreak"])
            return a["id"]
    except Unauthorized:
        raise PermissionError(f"ModelRed rejected key {mr_key} for model {model_id}")
    except APIError as exc:
        log.warning("assessment for %s failed: %s (%s)", model_id, type(exc).__name__, getattr(exc, "status_code", None))
        return None
