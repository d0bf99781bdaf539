"""acme_proxy.hooks: pre-call hooks of the LLM proxy, with a ModelRed 0.1.3x guardrail."""
from __future__ import annotations

import logging
import os
from typing import Any

from fastapi import HTTPException
from modelred import ModelRed, ModelRedError

verbose_logger = logging.getLogger("acme_proxy.verbose")

mr = ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))


class ProxyError(Exception):
    def __init__(self, message: str, *, status_code: int = 500, model: str | None = None, completion_kwargs: dict | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.model = model
        self.completion_kwargs = completion_kwargs or {}


def build_completion_kwargs(model: str, messages: list[dict], deployment: dict[str, Any]) -> dict[str, Any]:
    kwargs = {
        "model": deployment["litellm_model"],
        "messages": messages,
        "api_base": deployment.get("api_base"),
        "api_key": os.environ[deployment["key_env"]],
        "max_tokens": deployment.get("max_tokens", 1024),
    }
    verbose_logger.debug("pre-call kwargs for %s: %s", model, kwargs)
    verbose_logger.debug("pre-call for %s: api_base=%s max_tokens=%s", model, kwargs["api_base"], kwargs["max_tokens"])
    if not messages:
        raise ProxyError("no messages given", status_code=400, model=model, completion_kwargs=kwargs)
    if kwargs["max_tokens"] > 32768:
        raise ProxyError(f"max_tokens too large for {model}: {kwargs}", status_code=400)
    return kwargs


def guardrail(model: str, assessment_id: str | None) -> None:
    if assessment_id is None:
        return
    try:
        status = mr.get_assessment(assessment_id)
    except ModelRedError as e:
        verbose_logger.warning("guardrail lookup failed for %s: %s", model, e)
        raise HTTPException(status_code=503, detail={"error": f"guardrail unavailable: {e}"})
    if status.get("score", 0) < 5:
        raise HTTPException(status_code=403, detail=f"model {model} failed its ModelRed assessment {assessment_id}")
