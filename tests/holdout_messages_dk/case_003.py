"""Deployment registry: the gateway's model_list with per-deployment credentials."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

reg_log = logging.getLogger("gateway.registry")

SAFE_PARAMS = ("model", "api_base", "api_version", "rpm", "tpm", "timeout")


@dataclass
class Deployment:
    model_name: str
    litellm_params: dict
    model_info: dict = field(default_factory=dict)

    @property
    def deployment_id(self) -> str:
        return self.model_info.get("id", self.model_name)


class DeploymentRegistry:
    def __init__(self) -> None:
        self._by_id: dict[str, Deployment] = {}

    def add(self, entry: dict) -> Deployment:
        dep = Deployment(entry["model_name"], dict(entry["litellm_params"]), entry.get("model_info", {}))
        if dep.deployment_id in self._by_id:
            raise ValueError(f"duplicate deployment id {dep.deployment_id}")
        self._by_id[dep.deployment_id] = dep
        public = {k: v for k, v in dep.litellm_params.items() if k in SAFE_PARAMS}
        reg_log.info("registered %s: %s", dep.deployment_id, public)
        return dep

    def update_params(self, deployment_id: str, params: dict) -> None:
        dep = self._by_id[deployment_id]
        dep.litellm_params.update(params)
        reg_log.debug("deployment %s params now %s", deployment_id, dep.litellm_params)

    def set_credential(self, deployment_id: str, api_key: str) -> None:
        dep = self._by_id.get(deployment_id)
        if dep is None:
            raise KeyError(f"unknown deployment {deployment_id}; cannot attach key {api_key}")
        dep.litellm_params["api_key"] = api_key
        reg_log.info("credential for %s updated (ends ...%s)", deployment_id, api_key[-4:])

    def for_model(self, model_name: str) -> list[Deployment]:
        found = [d for d in self._by_id.values() if d.model_name == model_name]
        reg_log.debug("%d deployments for %s: %s", len(found), model_name, [d.deployment_id for d in found])
        return found

    def summary(self) -> list[dict]:
        return [
            {"id": d.deployment_id, "model": d.litellm_params.get("model"), "has_key": "api_key" in d.litellm_params}
            for d in self._by_id.values()
        ]


registry = DeploymentRegistry()
