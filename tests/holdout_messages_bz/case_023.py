"""Helpers for reading secrets from the Kubernetes-mounted files."""
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

SECRETS_DIR = Path(os.environ.get("SECRETS_DIR", "/var/run/secrets/llm"))
TOKEN_FILE_NAME = "anthropic-api-key"
REQUIRED = ("openai-api-key", TOKEN_FILE_NAME, "modelred-api-key")


def read_secret(name: str) -> str:
    path = SECRETS_DIR / name
    try:
        value = path.read_text().strip()
    except FileNotFoundError:
        raise FileNotFoundError(f"secret file {path} is not mounted") from None
    if not value:
        raise ValueError(f"secret file {path} is empty: {value!r}")
    if value != path.read_text():
        log.debug("stripped whitespace from %s", path)
    if " " in value or "\n" in value:
        raise ValueError(f"secret {name} contains whitespace: {value!r}")
    return value


def load_required() -> dict[str, str]:
    out = {}
    missing = []
    for name in REQUIRED:
        try:
            out[name] = read_secret(name)
        except FileNotFoundError:
            missing.append(name)
    if missing:
        log.error("missing secret files: %s (dir %s)", missing, SECRETS_DIR)
    return out


def describe(secrets: dict[str, str]) -> str:
    return ", ".join(f"{k}={'set' if v else 'empty'}" for k, v in secrets.items())


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    loaded = load_required()
    print(describe(loaded))
    anthropic_key = loaded.get(TOKEN_FILE_NAME, "")
    print("anthropic:", anthropic_key)
