"""Operator base class for the team's LLM operators, with a masking __repr__."""
from __future__ import annotations

import hashlib
import logging
from typing import Any

from airflow.models import BaseOperator, Variable

log = logging.getLogger("llm_operators")


class LLMOperator(BaseOperator):
    """Base class: resolves the provider key from a Variable at execute time."""

    key_variable: str = "openai_api_key"

    def __init__(self, *, prompt: str, model: str = "gpt-4o-mini", max_tokens: int = 256, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.prompt = prompt
        self.model = model
        self.max_tokens = max_tokens
        self.token: str | None = None

    def __repr__(self) -> str:
        shown = f"...{self.token[-4:]}" if self.token else "unset"
        return f"<{type(self).__name__} {self.task_id} model={self.model} key={shown}>"

    def resolve_key(self) -> str:
        self.token = Variable.get(self.key_variable)
        digest = hashlib.sha256(self.token.encode()).hexdigest()[:10]
        self.log.info("resolved %s (sha256 %s)", self.key_variable, digest)
        return self.token

    def execute(self, context: Any) -> str:
        token = self.resolve_key()
        self.log.info("executing %r", self)
        self.log.info("model=%s max_tokens=%s", self.model, self.max_tokens)
        try:
            return self.complete(token)
        except Exception:
            self.log.exception("completion failed with token %s", self.token)
            raise

    def complete(self, token: str) -> str:  # pragma: no cover - subclasses implement
        raise NotImplementedError


class OpenAIChatOperator(LLMOperator):
    def complete(self, token: str) -> str:
        from openai import OpenAI

        client = OpenAI(api_key=token)
        out = client.chat.completions.create(model=self.model, max_tokens=self.max_tokens, messages=[{"role": "user", "content": self.prompt}])
        log.info("%s used %s tokens", self.task_id, out.usage.total_tokens)
        return out.choices[0].message.content
