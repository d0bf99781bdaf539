"""Configuration for the digitisation pipeline (pipeline.yaml + environment overrides)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, asdict

import yaml

log = logging.getLogger("pipeline.config")

SECRET_FIELDS = {"openai_api_key", "iiif_auth_token"}


@dataclass
class PipelineConfig:
    scan_root: str
    iiif_server: str
    ocr_engine: str = "tesseract"
    llm_model: str = "gpt-4o-mini"
    llm_max_tokens: int = 512
    openai_api_key: str = ""
    iiif_auth_token: str = ""

    def public(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k not in SECRET_FIELDS}


def load(path: str = "pipeline.yaml") -> PipelineConfig:
    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    raw.setdefault("openai_api_key", os.environ.get("OPENAI_API_KEY", ""))
    raw.setdefault("iiif_auth_token", os.environ.get("IIIF_AUTH_TOKEN", ""))
    unknown = set(raw) - set(PipelineConfig.__dataclass_fields__)
    if unknown:
        raise ValueError(f"unknown keys in {path}: {sorted(unknown)}")
    cfg = PipelineConfig(**raw)
    log.info("pipeline config: %s", cfg.public())
    log.info("secret fields present: %s", [k for k in SECRET_FIELDS if getattr(cfg, k)])
    return cfg


def validate(cfg: PipelineConfig) -> None:
    if cfg.llm_max_tokens > 4096:
        raise ValueError(f"llm_max_tokens={cfg.llm_max_tokens} exceeds model limit")
    if cfg.iiif_auth_token and len(cfg.iiif_auth_token) < 20:
        raise ValueError(f"iiif_auth_token {cfg.iiif_auth_token!r} is too short")
    if not cfg.openai_api_key.startswith("sk-"):
        log.warning("openai_api_key does not start with sk-: %s", cfg.openai_api_key)


def dump_effective(cfg: PipelineConfig) -> None:
    log.debug("effective config %s", asdict(cfg))
