"""Edge gateway config loader (YAML) with validation, used by several gateway services."""
from __future__ import annotations

import logging
from pathlib import Path

import yaml

log = logging.getLogger("gw.config")
REQUIRED = ("gateway_id", "cloud_url", "llm")
SECRET_FIELDS = {"api_key", "mqtt_password", "cloud_token"}


def load(path: Path) -> dict:
    cfg = yaml.safe_load(path.read_text()) or {}
    missing = [k for k in REQUIRED if k not in cfg]
    if missing:
        raise ValueError(f"{path}: missing {', '.join(missing)}")
    llm = cfg["llm"]
    provider = llm.get("provider", "openai")
    key = llm.get("api_key", "")
    if provider == "anthropic" and not key.startswith("sk-ant-"):
        raise ValueError(f"llm.api_key {key!r} is not an Anthropic key")
    if provider == "openai" and key.startswith("sk-ant-"):
        raise ValueError("llm.api_key looks like an Anthropic key but provider is openai")
    mqtt = cfg.get("mqtt", {})
    if mqtt.get("password") and not mqtt.get("username"):
        raise ValueError("mqtt.username missing for password " + mqtt.get("password"))
    log.info("gateway %s -> %s using %s", cfg["gateway_id"], cfg["cloud_url"], provider)
    log.info("llm max_tokens=%s model=%s", llm.get("max_tokens"), llm.get("model"))
    return cfg


def redacted(cfg: dict) -> dict:
    out = {}
    for k, v in cfg.items():
        if isinstance(v, dict):
            out[k] = redacted(v)
        else:
            out[k] = "***" if k in SECRET_FIELDS or k == "password" else v
    return out


def dump(cfg: dict) -> None:
    log.info("effective config: %s", redacted(cfg))
    log.debug("raw llm section: %s", cfg["llm"])


if __name__ == "__main__":
    import sys

    logging.basicConfig(level=logging.DEBUG)
    dump(load(Path(sys.argv[1] if len(sys.argv) > 1 else "/etc/gateway/gateway.yaml")))
