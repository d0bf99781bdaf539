"""Load LLM provider definitions from providers.yaml (values may reference env vars)."""
import logging
import os
import re
from pathlib import Path

import yaml

log = logging.getLogger("gateway.config")
ENV_REF = re.compile(r"^\$\{([A-Z0-9_]+)\}$")


class ConfigError(Exception):
    pass


def _resolve(value):
    if isinstance(value, str):
        m = ENV_REF.match(value)
        if m:
            return os.environ.get(m.group(1), "")
    return value


def load_providers(path: str | Path = "providers.yaml") -> dict[str, dict]:
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    providers = {}
    for name, spec in raw.get("providers", {}).items():
        spec = {k: _resolve(v) for k, v in spec.items()}
        if not spec.get("api_key"):
            log.warning("provider %s has no api_key (source %s); skipped", name, raw["providers"][name].get("api_key"))
            continue
        if len(spec["api_key"]) < 16:
            raise ConfigError(f"provider {name}: api_key {spec['api_key']!r} is too short")
        log.info("provider %s: base %s, model %s, rpm %s", name, spec.get("api_base"), spec.get("model"), spec.get("rpm"))
        providers[name] = spec
    log.debug("providers loaded: %s", ", ".join(sorted(providers)))
    return providers


def dump_for_support(providers: dict[str, dict]) -> str:
    lines = []
    for name, spec in providers.items():
        redacted = {k: ("***" if "key" in k or "secret" in k else v) for k, v in spec.items()}
        lines.append(f"{name}: {redacted}")
    return "\n".join(lines)


if __name__ == "__main__":
    cfg = load_providers()
    print(dump_for_support(cfg))
    print(cfg["openai"])
