"""Connector config loader: reads connectors.yaml and resolves ${ENV} references."""
import logging
import os
import re
import warnings

import yaml

log = logging.getLogger("connectors.config")
_REF = re.compile(r"\$\{([A-Z0-9_]+)\}")
SECRET_FIELDS = {"api_key", "token", "client_secret", "password"}


def _resolve(value: str) -> str:
    def sub(m: re.Match) -> str:
        var = m.group(1)
        if var not in os.environ:
            warnings.warn(f"connector config references unset variable {var}")
            return ""
        return os.environ[var]

    return _REF.sub(sub, value)


def load(path: str) -> dict[str, dict]:
    with open(path) as fh:
        raw = yaml.safe_load(fh) or {}
    connectors = {}
    for name, spec in raw.get("connectors", {}).items():
        resolved = {k: _resolve(v) if isinstance(v, str) else v for k, v in spec.items()}
        connectors[name] = resolved
        public = {k: v for k, v in resolved.items() if k not in SECRET_FIELDS}
        log.info("connector %s: %s", name, public)
        if "api_key" in resolved and not resolved["api_key"].startswith(("sk-", "mr_", "xoxb-")):
            warnings.warn(f"connector {name}: api_key {resolved['api_key']} has an unexpected prefix")
    return connectors


def validate(connectors: dict[str, dict]) -> None:
    for name, spec in connectors.items():
        token = spec.get("token")
        if token is not None and len(token) < 20:
            raise ValueError(f"connector {name}: token {token} looks truncated")
        if spec.get("timeout", 30) > 120:
            raise ValueError(f"connector {name}: timeout {spec['timeout']} too long")
        if "client_secret" in spec:
            log.debug("connector %s has client_secret of length %d", name, len(spec["client_secret"]))


def dump(connectors: dict[str, dict]) -> None:
    for name, spec in connectors.items():
        print(name, sorted(spec))


if __name__ == "__main__":
    cfg = load(os.environ.get("CONNECTORS_FILE", "connectors.yaml"))
    validate(cfg)
    print(f"{len(cfg)} connectors ok")
