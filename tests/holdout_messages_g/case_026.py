"""Config loader for a RAG service; the token location is metadata, not a secret."""
import logging
import os
from enum import Enum
from pathlib import Path

import yaml

log = logging.getLogger("rag.config")


class TokenKind(str, Enum):
    ACCESS_TOKEN = "access_token"
    REFRESH_TOKEN = "refresh_token"
    ID_TOKEN = "id_token"


DEFAULT_TOKEN_SOURCE = {"source": "file", "path": "/var/run/secrets/llm/token"}
ENV_TOKEN_VAR = "RAG_IDENTITY_TOKEN"
DISABLE_IMPLICIT_TOKEN = False


def token_source(cfg: dict) -> dict:
    source = cfg.get("token_source", DEFAULT_TOKEN_SOURCE)
    log.info("token source: %s", source)
    if source["source"] not in ("file", "env"):
        raise ValueError(f"unknown token source {source}")
    return source


def read_token(cfg: dict) -> str:
    source = token_source(cfg)
    if source["source"] == "env":
        token = os.environ.get(ENV_TOKEN_VAR)
        if not token:
            raise RuntimeError(f"{ENV_TOKEN_VAR} is empty (got {token!r}); kind={TokenKind.ACCESS_TOKEN.value}")
        return token
    token_path = Path(source["path"])
    if not token_path.exists():
        raise FileNotFoundError(f"token file missing: {token_path}")
    token = token_path.read_text().strip()
    log.debug("read %s from %s (implicit disabled=%s)", TokenKind.ID_TOKEN, token_path, DISABLE_IMPLICIT_TOKEN)
    log.debug("token value %s", token)
    return token


def load(path: str) -> dict:
    cfg = yaml.safe_load(Path(path).read_text())
    log.info("loaded config with keys %s", sorted(cfg))
    return cfg
