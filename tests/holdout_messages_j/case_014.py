"""Validation helpers for a multi-provider config file (YAML)."""
import logging
import re

import yaml

logger = logging.getLogger("cfgcheck")

KEY_PATTERNS = {
    "openai": re.compile(r"^sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}$"),
    "anthropic": re.compile(r"^sk-ant-api03-[A-Za-z0-9_-]{80,}$"),
    "huggingface": re.compile(r"^hf_[A-Za-z0-9]{30,}$"),
}


class ConfigError(Exception):
    pass


def _fail(message: str) -> None:
    raise ConfigError(message)


def check_provider(name: str, entry: dict) -> None:
    if name not in KEY_PATTERNS:
        _fail("unknown provider {!r}; expected one of {}".format(name, sorted(KEY_PATTERNS)))
    key = entry.get("api_key", "")
    if not key:
        _fail("provider %s has no api_key" % name)
    if not KEY_PATTERNS[name].match(key):
        _fail("provider %s: api_key %s does not match the expected format" % (name, key))
    if entry.get("api_base") and not entry["api_base"].startswith("https://"):
        _fail("provider {}: api_base {} must use https".format(name, entry["api_base"]))


def load(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    providers = data.get("providers", {})
    for name, entry in providers.items():
        try:
            check_provider(name, entry)
        except ConfigError as exc:
            logger.error("config %s: provider %s failed validation", path, name)
            raise
        logger.info("provider {} ok (model={}, max_tokens={})".format(name, entry.get("model"), entry.get("max_tokens")))
    hf = providers.get("huggingface", {})
    if hf:
        logger.debug("huggingface entry: {}".format(hf))
    return providers
