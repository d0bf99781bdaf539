"""acme_router.plugins: third-party providers loaded from entry points."""
from __future__ import annotations

import logging
import os
import warnings
from importlib.metadata import EntryPoint, entry_points
from typing import Protocol

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "acme_router.providers"
PLUGIN_KEY_ENV = "ACME_PLUGIN_{name}_KEY"


class ProviderPlugin(Protocol):
    name: str

    def configure(self, *, api_key: str) -> bool: ...


class PluginLoadWarning(UserWarning):
    pass


def _plugin_key(name: str) -> str | None:
    return os.environ.get(PLUGIN_KEY_ENV.format(name=name.upper()))


def load_plugins(disabled: frozenset[str] = frozenset()) -> dict[str, ProviderPlugin]:
    loaded: dict[str, ProviderPlugin] = {}
    eps: list[EntryPoint] = list(entry_points(group=ENTRY_POINT_GROUP))
    logger.debug("found %d entry points in %s", len(eps), ENTRY_POINT_GROUP)
    for ep in eps:
        if ep.name in disabled:
            continue
        try:
            plugin_cls = ep.load()
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not break the host
            warnings.warn(f"could not load plugin {ep.name} ({ep.value}): {exc}", PluginLoadWarning)
            continue
        plugin: ProviderPlugin = plugin_cls()
        key = _plugin_key(ep.name)
        if key is None:
            logger.info("plugin %s has no key; set %s", ep.name, PLUGIN_KEY_ENV.format(name=ep.name.upper()))
            continue
        if not plugin.configure(api_key=key):
            warnings.warn(f"plugin {ep.name} rejected key {key}; it stays disabled", PluginLoadWarning)
            continue
        logger.info("loaded plugin %s from %s (dist %s)", ep.name, ep.value, ep.dist.name if ep.dist else "?")
        loaded[ep.name] = plugin
    return loaded


def describe(plugins: dict[str, ProviderPlugin]) -> str:
    lines = [f"{name}: key set={_plugin_key(name) is not None}" for name in sorted(plugins)]
    return "\n".join(lines)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(describe(load_plugins()))
