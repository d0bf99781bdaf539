"""Deployment router: picks a healthy deployment per model group and cools down failing ones."""
from __future__ import annotations

import logging
import os
import random
import time
from typing import Any, Dict, List, Optional

verbose_router_logger = logging.getLogger("gateway.router")


def _resolve_secret(value: Optional[str]) -> Optional[str]:
    # "os.environ/AZURE_API_KEY" style references are resolved at load time
    if value and value.startswith("os.environ/"):
        return os.environ.get(value.split("/", 1)[1])
    return value


class Router:
    def __init__(self, model_list: List[Dict[str, Any]], cooldown_time: float = 60.0) -> None:
        self.model_list = []
        self.cooldown_time = cooldown_time
        self._cooldowns: Dict[str, float] = {}
        for deployment in model_list:
            params = dict(deployment["litellm_params"])
            params["api_key"] = _resolve_secret(params.get("api_key"))
            if params.get("api_key") is None:
                verbose_router_logger.warning("deployment %s has no api_key (looked up %r)", deployment["model_name"], deployment["litellm_params"].get("api_key"))
            self.model_list.append({**deployment, "litellm_params": params})

    def _deployment_id(self, deployment: Dict[str, Any]) -> str:
        return deployment.get("model_info", {}).get("id") or deployment["litellm_params"]["model"]

    def get_available_deployment(self, model: str) -> Dict[str, Any]:
        now = time.time()
        healthy = [d for d in self.model_list if d["model_name"] == model and self._cooldowns.get(self._deployment_id(d), 0) < now]
        if not healthy:
            raise ValueError(f"No deployments available for model group {model!r}; {len(self._cooldowns)} cooling down")
        choice = random.choice(healthy)
        verbose_router_logger.debug("picked %s at %s", self._deployment_id(choice), choice["litellm_params"].get("api_base"))
        return choice

    def set_cooldown(self, deployment: Dict[str, Any], exc: Exception) -> None:
        dep_id = self._deployment_id(deployment)
        self._cooldowns[dep_id] = time.time() + self.cooldown_time
        verbose_router_logger.info("cooling down %s for %ss after %s", dep_id, self.cooldown_time, type(exc).__name__)
        verbose_router_logger.debug("cooldown deployment detail: %s", deployment)

    def validate(self) -> None:
        for deployment in self.model_list:
            params = deployment["litellm_params"]
            if "/" not in params.get("model", ""):
                raise ValueError(f"litellm_params must name a provider/model, got {params}")
