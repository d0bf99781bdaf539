"""Plugin loader: discovers provider plugins from entry points and configures them."""
import importlib
import logging
import os
from importlib.metadata import entry_points

log = logging.getLogger("plugins")

PLUGIN_GROUP = "llmgate.providers"
_loaded = {}


def _settings_for(name):
    prefix = name.upper()
    return {
        "api_key": os.environ.get(f"{prefix}_API_KEY"),
        "base_url": os.environ.get(f"{prefix}_BASE_URL"),
        "timeout": float(os.environ.get(f"{prefix}_TIMEOUT", "30")),
    }


def load_all():
    for ep in entry_points(group=PLUGIN_GROUP):
        settings = _settings_for(ep.name)
        log.info("loading %s from %s (base_url=%s)", ep.name, ep.value, settings["base_url"])
        try:
            factory = ep.load()
            _loaded[ep.name] = factory(**settings)
        except TypeError as exc:
            log.error("plugin %s rejected settings %s: %s", ep.name, settings, exc)
        except ImportError as exc:
            log.error("plugin %s failed to import: %s", ep.name, exc)
    log.info("%d plugins loaded", len(_loaded))


def load_module(dotted):
    mod = importlib.import_module(dotted)
    if not hasattr(mod, "create"):
        raise AttributeError(f"{dotted} has no create()")
    name = dotted.rsplit(".", 1)[-1]
    settings = _settings_for(name)
    api_key = settings["api_key"]
    if api_key is None:
        raise LookupError(f"{name.upper()}_API_KEY is not set")
    if len(api_key) < 20:
        raise ValueError(f"{name}: key {api_key} looks truncated")
    _loaded[name] = mod.create(**settings)
    return _loaded[name]


def get(name):
    try:
        return _loaded[name]
    except KeyError:
        raise LookupError(f"no plugin named {name}; have {sorted(_loaded)}") from None
