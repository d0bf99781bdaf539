"""Provider key helpers used by several scripts."""
import hashlib
import hmac
import logging
import os

log = logging.getLogger(__name__)

OPENAI_KEY_ENV = "OPENAI_API_KEY"
ANTHROPIC_KEY_ENV = "ANTHROPIC_API_KEY"


def mask(secret: str) -> str:
    if len(secret) <= 12:
        return "****"
    return f"{secret[:4]}…{secret[-4:]}"


def fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:16]


def require(env_var: str) -> str:
    value = os.environ.get(env_var)
    if not value:
        raise KeyError(f"{env_var} is not set")
    log.info("%s loaded (%s)", env_var, mask(value))
    log.debug("%s fingerprint=%s", env_var, fingerprint(value))
    return value


def same_key(a: str, b: str) -> bool:
    equal = hmac.compare_digest(a.encode(), b.encode())
    log.debug("keys equal: %s", equal)
    return equal


def swap_check() -> None:
    openai_key = require(OPENAI_KEY_ENV)
    anthropic_key = require(ANTHROPIC_KEY_ENV)
    if openai_key.startswith("sk-ant-"):
        raise ValueError(
            "{} holds an Anthropic key ({}); did you swap {} and {}?".format(
                OPENAI_KEY_ENV, openai_key, OPENAI_KEY_ENV, ANTHROPIC_KEY_ENV
            )
        )
    if same_key(openai_key, anthropic_key):
        log.error("%s and %s hold the same value", OPENAI_KEY_ENV, ANTHROPIC_KEY_ENV)
