"""Knowledge-base gap finder: clusters unanswered questions and drafts new articles."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import numpy as np
from openai import OpenAI
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("kb.gaps")


@dataclass
class GapFinderOptions:
    openai_api_key: str
    embedding_model: str = "text-embedding-3-small"
    draft_model: str = "gpt-4o"
    draft_max_tokens: int = 700
    clusters: int = 8


class GapFinder:
    def __init__(self, opts: GapFinderOptions):
        self.opts = opts
        self.client = OpenAI(api_key=opts.openai_api_key)
        logger.info("gap finder: %s clusters, draft max_tokens %s", opts.clusters, opts.draft_max_tokens)
        logger.debug("options %s", opts)

    def embed(self, questions: list[str]) -> np.ndarray:
        res = self.client.embeddings.create(model=self.opts.embedding_model, input=questions)
        logger.info("embedded %d questions (%d tokens)", len(questions), res.usage.total_tokens)
        return np.array([d.embedding for d in res.data])

    def draft(self, examples: list[str]) -> str:
        out = self.client.chat.completions.create(model=self.opts.draft_model, max_tokens=self.opts.draft_max_tokens, messages=[{"role": "user", "content": "Write a help article answering:\n" + "\n".join(examples)}])
        return out.choices[0].message.content


def safety_gate(mr_key: str, draft_model: str) -> str:
    with ModelRed(mr_key) as client:
        try:
            res = client.create_assessment(model_id=draft_model, probe_pack_ids=["pp_hallucination"])
        except ModelRedError as err:
            return "gate error: " + str(err)
    return res.get("status", "queued")


def from_env() -> GapFinder:
    key = os.environ.get("OPENAI_API_KEY")
    if key is None:
        raise EnvironmentError("OPENAI_API_KEY is not set")
    return GapFinder(GapFinderOptions(openai_api_key=key))
