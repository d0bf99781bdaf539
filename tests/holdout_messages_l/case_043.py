"""Validation of the LLM section of our YAML config, with readable errors."""
import re

import yaml


class ConfigError(Exception):
    def __init__(self, path, message, *, value=None):
        super().__init__(f"{path}: {message}")
        self.path = path
        self.value = value


PATTERNS = {
    "openai": re.compile(r"^sk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}$"),
    "anthropic": re.compile(r"^sk-ant-api03-[A-Za-z0-9_-]{80,}AA$"),
}


def check_provider(path, name, section):
    key = section.get("api_key")
    if key is None:
        raise ConfigError(path, f"providers.{name}.api_key is required")
    if not isinstance(key, str):
        raise ConfigError(path, "providers.%s.api_key must be a string, got %s" % (name, type(key).__name__))
    pattern = PATTERNS.get(name)
    if pattern and not pattern.match(key):
        raise ConfigError(path, f"providers.{name}.api_key is malformed", value=key)
    if key.strip() != key:
        raise ConfigError(path, "providers.{}.api_key has surrounding whitespace: {!r}".format(name, key))
    model = section.get("model", "")
    if not model:
        raise ConfigError(path, f"providers.{name}.model missing (key ...{key[-4:]})")


def load(path):
    with open(path) as fh:
        try:
            doc = yaml.safe_load(fh)
        except yaml.YAMLError as e:
            raise ConfigError(path, "not valid YAML") from e
    for name, section in (doc.get("providers") or {}).items():
        try:
            check_provider(path, name, section)
        except KeyError as e:
            raise ConfigError(path, f"provider {name} incomplete: {section}") from e
    assert doc.get("default") in doc["providers"], f"default provider {doc.get('default')!r} not configured"
    return doc
