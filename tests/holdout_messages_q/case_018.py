"""Guardrail hook: block deployments whose latest ModelRed assessment failed."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Dict, Optional

from fastapi import HTTPException
from modelred import AuthenticationError, ModelNotFoundError, ModelRed, ModelRedError

verbose_logger = logging.getLogger("gateway.guardrails")


@dataclass
class UserAPIKeyAuth:
    api_key: Optional[str] = None
    token: Optional[str] = None  # hash of the virtual key
    team_id: Optional[str] = None
    user_id: Optional[str] = None
    key_alias: Optional[str] = None


class RedTeamGate:
    def __init__(self, min_score: float = 7.0) -> None:
        self.min_score = min_score
        self._cache: Dict[str, float] = {}

    async def _score(self, model_id: str) -> float:
        if model_id in self._cache:
            return self._cache[model_id]
        async with ModelRed() as client:
            model = await client.get_model(model_id)
            status = await client.get_assessment_status(model["latest_assessment_id"])
        score = float(status.get("overall_score", 0.0))
        self._cache[model_id] = score
        return score

    async def async_pre_call_hook(self, user_api_key_dict: UserAPIKeyAuth, cache: Any, data: Dict[str, Any], call_type: str) -> Dict[str, Any]:
        model = data.get("model", "")
        verbose_logger.debug("gate check team=%s key_alias=%s model=%s", user_api_key_dict.team_id, user_api_key_dict.key_alias, model)
        try:
            score = await self._score(model)
        except ModelNotFoundError:
            verbose_logger.info("model %s never assessed; allowing", model)
            return data
        except AuthenticationError as e:
            verbose_logger.error("ModelRed credentials invalid: %s", e)
            raise HTTPException(status_code=503, detail="guardrail unavailable")
        except ModelRedError as e:
            raise HTTPException(status_code=502, detail=f"guardrail error: {e}")
        if score < self.min_score:
            verbose_logger.warning("blocked key %s (token hash %s) from %s: score %.1f", user_api_key_dict.api_key, user_api_key_dict.token, model, score)
            raise HTTPException(status_code=403, detail=f"{model} failed red-team assessment ({score:.1f} < {self.min_score})")
        return data
