"""Signal/slot style observer for config reloads; reloads LLM keys from a YAML file."""
import logging
import pathlib
import weakref

import yaml

log = logging.getLogger("config")

CONFIG = pathlib.Path("/etc/llm-gateway/config.yaml")


class Signal:
    def __init__(self):
        self._slots = weakref.WeakSet()

    def connect(self, slot):
        self._slots.add(slot)
        return slot

    def emit(self, *args):
        for slot in list(self._slots):
            slot(*args)


config_changed = Signal()


class Gateway:
    def __init__(self):
        self.keys = {}
        self.routes = {}
        config_changed.connect(self.on_config)

    def on_config(self, cfg):
        old = set(self.keys)
        self.keys = {name: p["api_key"] for name, p in cfg["providers"].items()}
        self.routes = {name: p["base_url"] for name, p in cfg["providers"].items()}
        log.info("providers now %s (was %s)", sorted(self.keys), sorted(old))
        log.debug("routes %s", self.routes)
        for name, key in self.keys.items():
            log.debug("provider %s key %s", name, key)
    __hash__ = object.__hash__


def reload():
    cfg = yaml.safe_load(CONFIG.read_text())
    log.info("reloading %s (%d providers)", CONFIG, len(cfg["providers"]))
    for name, provider in cfg["providers"].items():
        if "api_key" not in provider:
            raise KeyError(f"provider {name} in {CONFIG} has no api_key")
        if provider["api_key"].strip() != provider["api_key"]:
            raise ValueError(f"provider {name}: api_key {provider['api_key']!r} has whitespace")
    config_changed.emit(cfg)
    return cfg


gateway = Gateway()
