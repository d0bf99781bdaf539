"""Where each provider's token comes from (configuration only, no token values)."""
import logging
import os
from pathlib import Path

logger = logging.getLogger("tokensrc")

TOKEN_SOURCES = {
    "modelred": {"source": "env", "var": "MODELRED_API_KEY"},
    "huggingface": {"source": "file", "path": str(Path.home() / ".cache/huggingface/token")},
}


def token_source(provider: str) -> dict:
    token_config = TOKEN_SOURCES[provider]
    logger.info("token for %s comes from %s", provider, token_config)
    return token_config


def read_token(provider: str) -> str:
    token_config = token_source(provider)
    if token_config["source"] == "env":
        return os.environ[token_config["var"]]
    token_path = Path(token_config["path"])
    if not token_path.exists():
        raise FileNotFoundError(f"token file {token_path} missing")
    hf_token = token_path.read_text().strip()
    logger.debug("read %s from %s", hf_token, token_path)
    return hf_token
