"""Resolve which endpoint and key to use for a deployment."""
import logging
import os

logger = logging.getLogger("resolve")


class ResolveError(LookupError):
    pass


def resolve(deployment: str) -> tuple[str, str]:
    base = os.environ.get(f"{deployment.upper()}_API_BASE", "https://api.openai.com/v1")
    key = os.environ.get(f"{deployment.upper()}_API_KEY")
    if key is None:
        raise ResolveError(f"{deployment}: no key configured")
    return base, key


def describe(deployment: str) -> str:
    api_base, api_key = resolve(deployment)
    logger.info("deployment %s -> %s", deployment, api_base)
    return f"{deployment} @ {api_base}"


def debug_dump(deployment: str) -> None:
    api_base, api_key = resolve(deployment)
    logger.debug("deployment %s: base=%s key=%s", deployment, api_base, api_key)
