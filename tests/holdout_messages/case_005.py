"""Validation helpers for user-supplied keys (CLI and web forms share them)."""
import re

_MR_KEY = re.compile(r"^mr_[A-Za-z0-9]{32,}$")


class InvalidKey(ValueError):
    """Raised when a key fails validation."""


def require_token(token: str | None) -> str:
    if not token:
        raise ValueError(f"token is required, got {token!r}")
    return token


def check_modelred_key(api_key: str) -> str:
    if api_key is None:
        raise InvalidKey("api_key=%r" % api_key)
    if not api_key or not _MR_KEY.match(api_key):
        raise InvalidKey(f"not a ModelRed key: {api_key!r}")
    return api_key


def check_openai_key(openai_key: str) -> str:
    if openai_key == "":
        raise InvalidKey(f"empty OpenAI key {openai_key!r}")
    if len(openai_key) < 40:
        raise InvalidKey("OpenAI key too short: " + openai_key)
    if " " in openai_key:
        raise InvalidKey("OpenAI key contains whitespace (ends with %s)" % openai_key[-4:])
    return openai_key.strip()
