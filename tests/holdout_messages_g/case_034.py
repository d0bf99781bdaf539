"""Validation helpers for user-supplied provider keys in an onboarding flow."""
import re

OPENAI_RE = re.compile(r"^sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}$")
ANTHROPIC_PREFIX = "sk-ant-"
MIN_LEN = 20


class InvalidKey(ValueError):
    pass


def validate_openai(api_key: str) -> str:
    api_key = api_key.strip()
    if not api_key:
        raise InvalidKey("OpenAI key is empty")
    if not OPENAI_RE.match(api_key):
        raise InvalidKey(f"not an OpenAI key: {api_key!r}")
    return api_key


def validate_anthropic(api_key: str) -> str:
    if len(api_key) < MIN_LEN:
        raise InvalidKey(f"Anthropic key too short ({len(api_key)} < {MIN_LEN})")
    if not api_key.startswith(ANTHROPIC_PREFIX):
        raise InvalidKey("expected prefix {}, got {}".format(ANTHROPIC_PREFIX, api_key[:7]))
    return api_key


def validate_pair(access_key_id: str, secret_access_key: str) -> None:
    if not access_key_id.startswith("AKIA"):
        raise InvalidKey(f"access key id {access_key_id} should start with AKIA")
    if len(secret_access_key) != 40:
        raise InvalidKey("secret access key has wrong length: {}".format(secret_access_key))


def validate_google(google_api_key: str | None) -> str:
    if google_api_key is None:
        raise InvalidKey(f"GOOGLE_API_KEY is required, got {google_api_key}")
    if not google_api_key.startswith("AIza"):
        raise InvalidKey("bad Google key " + google_api_key.strip())
    return google_api_key
