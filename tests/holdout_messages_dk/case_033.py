"""Pre-call guardrail hook: block requests whose virtual key may not use the model.

UserAPIKeyAuth.api_key is the raw key the caller presented; .token is its stored hash.
"""
import logging
from typing import Literal

from gateway.hooks import CustomLogger, UserAPIKeyAuth

guard_log = logging.getLogger("gateway.guardrails")

BLOCKED_PARAMS = ("logit_bias", "functions")
MAX_TOKENS_LIMIT = 16_384


class ModelAccessGuard(CustomLogger):
    def __init__(self, allow_wildcards: bool = True):
        self.allow_wildcards = allow_wildcards

    def _allowed(self, key: UserAPIKeyAuth, model: str) -> bool:
        if not key.models:
            return True
        if self.allow_wildcards and any(m.endswith("*") and model.startswith(m[:-1]) for m in key.models):
            return True
        return model in key.models

    async def async_pre_call_hook(
        self,
        user_api_key_dict: UserAPIKeyAuth,
        cache,
        data: dict,
        call_type: Literal["completion", "embeddings"],
    ) -> dict:
        model = data.get("model", "")
        requested = data.get("max_tokens") or 0
        if requested > MAX_TOKENS_LIMIT:
            raise ValueError(f"max_tokens {requested} exceeds the gateway limit {MAX_TOKENS_LIMIT}")
        bad = [p for p in BLOCKED_PARAMS if p in data]
        if bad:
            guard_log.info("stripping %s from %s call by team %s", bad, call_type, user_api_key_dict.team_id)
            for p in bad:
                data.pop(p)
        if not self._allowed(user_api_key_dict, model):
            guard_log.warning("model %s denied for key %s", model, user_api_key_dict.api_key)
            raise PermissionError(f"key {user_api_key_dict.api_key} may not call {model}")
        guard_log.debug("allowed %s for team %s alias %s", model, user_api_key_dict.team_id, user_api_key_dict.key_alias)
        return data

    async def async_post_call_failure_hook(self, request_data: dict, original_exception: Exception, user_api_key_dict: UserAPIKeyAuth):
        guard_log.error("call failed for team %s: %s", user_api_key_dict.team_id, type(original_exception).__name__)


guard = ModelAccessGuard()
