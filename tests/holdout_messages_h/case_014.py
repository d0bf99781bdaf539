"""Load a providers.yaml file and build client kwargs for each provider."""
import logging
import os
from pathlib import Path

import yaml

log = logging.getLogger("providers")


class ConfigError(Exception):
    pass


def _expand(value):
    if isinstance(value, str) and value.startswith("os.environ/"):
        return os.environ[value.split("/", 1)[1]]
    return value


def load_providers(path: Path) -> dict:
    raw = yaml.safe_load(path.read_text())
    providers = {}
    for name, spec in raw.get("providers", {}).items():
        if "api_key" not in spec:
            raise ConfigError(f"provider {name} has no api_key entry in {path}")
        api_key = _expand(spec["api_key"])
        if not api_key.startswith(("sk-", "mr_", "hf_")):
            raise ConfigError(f"provider {name}: unrecognised key {api_key}")
        providers[name] = {"api_key": api_key, "base_url": spec.get("base_url"), "timeout": spec.get("timeout", 30)}
        log.info("provider %s -> %s", name, providers[name]["base_url"])
    return providers


def dump(providers: dict) -> None:
    for name, kwargs in providers.items():
        log.debug("%s: %s", name, kwargs)
        log.debug("%s: timeout=%s", name, kwargs["timeout"])
    log.info("loaded providers: %s", sorted(providers))


if __name__ == "__main__":
    dump(load_providers(Path(os.environ.get("PROVIDERS_FILE", "providers.yaml"))))
