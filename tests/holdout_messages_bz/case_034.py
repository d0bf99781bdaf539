"""xAI / Google key bootstrap for the eval sandbox, using loguru."""
import os
import sys

from loguru import logger

PROVIDER_VARS = ("XAI_API_KEY", "GOOGLE_API_KEY", "OPENROUTER_API_KEY")
GOOGLE_PROJECT_VAR = "GOOGLE_CLOUD_PROJECT"

logger.remove()
logger.add(sys.stderr, level=os.environ.get("LOG_LEVEL", "INFO"))


def collect() -> dict[str, str]:
    found = {}
    for var in PROVIDER_VARS:
        val = os.environ.get(var)
        if val is None:
            logger.warning("{} not set", var)
            continue
        found[var] = val
    return found


def check_prefixes(found: dict[str, str]) -> list[str]:
    bad = []
    expected = {"XAI_API_KEY": "xai-", "GOOGLE_API_KEY": "AIza", "OPENROUTER_API_KEY": "sk-or-v1-"}
    for var, val in found.items():
        if not val.startswith(expected[var]):
            bad.append(var)
            logger.error("{} has unexpected value {}", var, val)
    return bad


def summary(found: dict[str, str]) -> None:
    for var, val in found.items():
        logger.info("{}: {} chars, sha {}", var, len(val), __import__("hashlib").sha256(val.encode()).hexdigest()[:8])
    logger.info("project {}", os.environ.get(GOOGLE_PROJECT_VAR, "-"))


if __name__ == "__main__":
    keys = collect()
    problems = check_prefixes(keys)
    summary(keys)
    if problems:
        logger.error("bad variables: {}", ", ".join(problems))
        sys.exit(1)
    logger.success("{} provider keys look fine", len(keys))
