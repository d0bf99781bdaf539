"""Validates provider keys before a run and reports problems."""
import logging
import os
import re

logger = logging.getLogger("acme.keycheck")

PATTERNS = {
    "openai": re.compile(r"^sk-(proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}$"),
    "anthropic": re.compile(r"^sk-ant-(api|admin)0\d-[A-Za-z0-9_-]{80,}$"),
    "xai": re.compile(r"^xai-[A-Za-z0-9]{40,}$"),
}
ENV = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY", "xai": "XAI_API_KEY"}


class KeyFormatError(ValueError):
    pass


def check_one(provider: str, value: str) -> None:
    pattern = PATTERNS[provider]
    if pattern.match(value):
        logger.debug("%s key format ok (%d chars)", provider, len(value))
        return
    msg = f"{provider} key {value} does not match {pattern.pattern}"
    raise KeyFormatError(msg)


def check_all() -> list[str]:
    problems = []
    for provider, env_name in ENV.items():
        value = os.environ.get(env_name)
        if value is None:
            problems.append(f"{env_name} missing")
            continue
        try:
            check_one(provider, value)
        except KeyFormatError as exc:
            problems.append(str(exc))
            line = "bad %s: %s" % (env_name, value)
            logger.error(line)
    if problems:
        logger.warning("%d key problems: %s", len(problems), "; ".join(p.split(" key ")[0] for p in problems))
    return problems


def xai_key() -> str:
    xai_api_key = os.environ.get("XAI_API_KEY", "")
    if not xai_api_key:
        raise KeyFormatError(f"XAI_API_KEY is empty (got {xai_api_key!r})")
    return xai_api_key
