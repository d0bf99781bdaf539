"""Plugin system: entry-point discovery, per-plugin settings and credential injection."""
from __future__ import annotations

import importlib.metadata
import logging
import os
from typing import Any, Protocol

log = logging.getLogger("plugins")


class Plugin(Protocol):
    name: str

    def configure(self, **settings: Any) -> None: ...


class PluginConfigError(Exception):
    def __init__(self, plugin: str, setting: str, value: object) -> None:
        self.plugin = plugin
        self.setting = setting
        self.value = value
        super().__init__(plugin, setting)

    def __str__(self) -> str:
        return f"plugin {self.plugin}: bad value for {self.setting}: {self.value!r}"


def _settings_for(name: str) -> dict[str, Any]:
    prefix = f"PLUGIN_{name.upper()}_"
    return {k[len(prefix):].lower(): v for k, v in os.environ.items() if k.startswith(prefix)}


def load_all(group: str = "acme.plugins") -> dict[str, Plugin]:
    loaded: dict[str, Plugin] = {}
    for ep in importlib.metadata.entry_points(group=group):
        plugin = ep.load()()
        settings = _settings_for(ep.name)
        log.info("plugin %s settings: %s", ep.name, sorted(settings))
        token = settings.get("api_token")
        if token is not None and len(token) < 20:
            raise PluginConfigError(ep.name, "api_token", token)
        try:
            plugin.configure(**settings)
        except TypeError as exc:
            log.error("plugin %s rejected settings %s", ep.name, settings)
            raise PluginConfigError(ep.name, "*", type(exc).__name__) from exc
        loaded[ep.name] = plugin
        log.debug("loaded %s from %s", ep.name, ep.value)
    return loaded
