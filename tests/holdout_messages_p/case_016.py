"""Config layer of our internal CLI framework: defaults < file < env < flags."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import tomllib
from collections import ChainMap
from pathlib import Path

log = logging.getLogger("cli.config")
SECRET_FIELDS = ("api_key", "openai_api_key", "webhook_secret")
TOKEN_ENV_VAR = "ACME_CLI_TOKEN"


def _from_env() -> dict:
    out = {}
    for field in SECRET_FIELDS + ("region", "output"):
        env = "ACME_" + field.upper()
        if env in os.environ:
            out[field] = os.environ[env]
    return out


def _redacted(cfg) -> dict:
    return {k: ("***" if k in SECRET_FIELDS else v) for k, v in cfg.items()}


def load(argv: list[str]) -> ChainMap:
    p = argparse.ArgumentParser()
    p.add_argument("--config", type=Path, default=Path("~/.acme/config.toml").expanduser())
    p.add_argument("--api-key", dest="api_key")
    p.add_argument("--region")
    ns = p.parse_args(argv)
    file_cfg = tomllib.loads(ns.config.read_text()) if ns.config.exists() else {}
    flags = {k: v for k, v in vars(ns).items() if v is not None and k != "config"}
    cfg = ChainMap(flags, _from_env(), file_cfg, {"region": "eu", "output": "table"})
    log.debug("effective config: %s", _redacted(cfg))
    log.debug("config file %s, token env var %s", ns.config, TOKEN_ENV_VAR)
    if "api_key" not in cfg:
        sys.exit(f"no API key: pass --api-key or set ACME_API_KEY (or {TOKEN_ENV_VAR})")
    if cfg.get("region") not in {"eu", "us"}:
        log.error("bad region %r in config %s", cfg.get("region"), dict(cfg))
        sys.exit(2)
    return cfg


def trace_layers(cfg: ChainMap) -> None:
    for k in sorted(cfg):
        log.debug("setting %s = %s", k, cfg[k])
    log.debug("%d config layers", len(cfg.maps))
