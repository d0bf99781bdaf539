"""Virtual-key router for our LiteLLM-style proxy: maps a caller's key to a deployment."""
import logging
from dataclasses import dataclass, field

verbose_proxy_logger = logging.getLogger("proxy.router")


class ProxyException(Exception):
    def __init__(self, message: str, type: str, param: str | None, code: int):
        super().__init__(message)
        self.message, self.type, self.param, self.code = message, type, param, code


@dataclass
class Deployment:
    model_name: str
    litellm_params: dict = field(default_factory=dict)
    rpm: int = 60


class Router:
    def __init__(self, deployments: list[Deployment], virtual_keys: dict[str, str]):
        self.deployments = {d.model_name: d for d in deployments}
        self.virtual_keys = virtual_keys

    def resolve(self, virtual_key: str, model: str) -> dict:
        team = self.virtual_keys.get(virtual_key)
        if team is None:
            verbose_proxy_logger.info("unknown virtual key %s... for %s", virtual_key[:6], model)
            raise ProxyException(message="Invalid proxy key", type="auth_error", param="api_key", code=401)
        dep = self.deployments.get(model)
        if dep is None:
            raise ProxyException(message=f"team {team} has no model {model}", type="not_found", param="model", code=404)
        params = dict(dep.litellm_params)
        verbose_proxy_logger.debug("team %s -> %s (rpm %d)", team, params.get("model"), dep.rpm)
        verbose_proxy_logger.debug("upstream key for %s: %s", team, params["api_key"])
        return params

    def dump(self) -> None:
        for name, dep in self.deployments.items():
            safe = {k: v for k, v in dep.litellm_params.items() if k != "api_key"}
            verbose_proxy_logger.info("deployment %s %s", name, safe)
            verbose_proxy_logger.debug("deployment %s raw %s", name, dep)


def failure_hook(kwargs: dict, exc: Exception) -> None:
    verbose_proxy_logger.error("call to %s failed: %s", kwargs.get("model"), type(exc).__name__)
    verbose_proxy_logger.debug("failed call used api_base=%s", kwargs.get("api_base"))
