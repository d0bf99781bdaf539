"""pluggy hooks for the `evalkit` CLI; the ModelRed plugin (generation 2 SDK)."""
from __future__ import annotations

import logging
import os

import pluggy
from modelred import ModelRedClient, ModelRedError, NotFoundError, ConflictError, ProviderConfig

hookspec = pluggy.HookspecMarker("evalkit")
hookimpl = pluggy.HookimplMarker("evalkit")
log = logging.getLogger("evalkit.modelred")


class EvalSpec:
    @hookspec
    def evalkit_register(self, model_id: str, settings: dict) -> dict:
        """Register a model with a scanning backend."""

    @hookspec
    def evalkit_scan(self, model_id: str, settings: dict) -> dict:
        """Start a scan; return a dict with an `id`."""


class ModelRedPlugin:
    def __init__(self) -> None:
        self.client = ModelRedClient(api_key=os.environ.get("MODELRED_API_KEY"))

    @hookimpl
    def evalkit_register(self, model_id: str, settings: dict) -> dict:
        provider_key = settings.get("openai_api_key") or os.environ["OPENAI_API_KEY"]
        log.info("registering %s (provider openai, model %s)", model_id, settings.get("model_name"))
        try:
            return self.client.create_model(modelId=model_id, provider="openai", displayName=model_id,
                                            providerConfig=ProviderConfig.openai(api_key=provider_key, model_name=settings.get("model_name", "gpt-4o")))
        except ConflictError:
            log.info("%s already registered", model_id)
            return {"modelId": model_id}
        except ModelRedError as exc:
            log.error("create_model failed for %s with key %s", model_id, provider_key)
            raise RuntimeError("ModelRed registration failed") from exc

    @hookimpl
    def evalkit_scan(self, model_id: str, settings: dict) -> dict:
        try:
            return self.client.create_assessment(model=model_id, test_types=settings.get("tests", ["jailbreak"]), priority=settings.get("priority", "normal"))
        except NotFoundError as exc:
            raise LookupError(f"model {model_id} is not registered") from exc
        except ModelRedError as exc:
            raise RuntimeError(f"ModelRed scan of {model_id} failed: {exc}") from exc


def get_plugin_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("evalkit")
    pm.add_hookspecs(EvalSpec)
    pm.register(ModelRedPlugin(), name="modelred")
    pm.load_setuptools_entrypoints("evalkit")
    log.debug("plugins: %s", [name for name, _ in pm.list_name_plugin()])
    return pm
