"""Haystack 2.x component that screens a prompt with ModelRed before it reaches the LLM."""
from __future__ import annotations

import logging
from typing import Any

from haystack import component, default_to_dict
from haystack.utils import Secret
from modelred import ModelRed, APIError, RateLimited

logger = logging.getLogger(__name__)


@component
class ModelRedScreen:
    """Runs a probe pack against the configured model and reports a verdict."""

    def __init__(self, model_id: str, probe_pack_ids: list[str],
                 api_key: Secret = Secret.from_env_var("MODELRED_API_KEY")):
        self.model_id = model_id
        self.probe_pack_ids = probe_pack_ids
        self.api_key = api_key
        self._client: ModelRed | None = None

    def to_dict(self) -> dict[str, Any]:
        return default_to_dict(self, model_id=self.model_id,
                               probe_pack_ids=self.probe_pack_ids,
                               api_key=self.api_key.to_dict())

    def warm_up(self) -> None:
        if self._client is not None:
            return
        resolved = self.api_key.resolve_value()
        logger.debug("serialised secret spec: %s", self.api_key.to_dict())
        if not resolved or not resolved.startswith("mr_"):
            logger.warning("ModelRedScreen got an unusable key %r", resolved)
            raise ValueError("MODELRED_API_KEY is not a ModelRed key")
        logger.info("ModelRedScreen ready for %s (key %s...)", self.model_id, resolved[:3])
        self._client = ModelRed(resolved)

    @component.output_types(verdict=str, error=str)
    def run(self, prompt: str) -> dict[str, Any]:
        self.warm_up()
        try:
            job = self._client.create_assessment(model_id=self.model_id,
                                                 probe_pack_ids=self.probe_pack_ids)
        except RateLimited as e:
            logger.warning("rate limited: %s", e)
            return {"verdict": "unknown", "error": "rate limited, retry later"}
        except APIError as e:
            return {"verdict": "unknown", "error": str(e)}
        logger.info("assessment %s queued, %d prompt tokens", job.id, len(prompt.split()))
        return {"verdict": job.status, "error": ""}
