"""Startup checks written with assignment expressions."""
import logging
import os
import re
import warnings

log = logging.getLogger("startup")
GROQ_ENV = "GROQ_API_KEY"
XAI_ENV = "XAI_API_KEY"
KEY_RE = re.compile(r"^(gsk_|xai-)[A-Za-z0-9]{20,}$")


def check_groq() -> str | None:
    if not (key := os.getenv(GROQ_ENV)):
        log.error("%s missing: %r", GROQ_ENV, key)
        return None
    if (n := len(key)) < 40:
        warnings.warn(f"{GROQ_ENV} is only {n} characters: {key}", RuntimeWarning)
    return key


def check_xai() -> str | None:
    if (m := KEY_RE.match(os.getenv(XAI_ENV, ""))) is None:
        log.warning("%s not set or malformed", XAI_ENV)
        return None
    log.info("xai key prefix %s", m.group(1))
    if os.getenv("STARTUP_TRACE"):
        log.debug("xai key %s", m.group(0))
    return m.group(0)


def check_all() -> dict[str, bool]:
    results = {GROQ_ENV: check_groq() is not None, XAI_ENV: check_xai() is not None}
    log.info("provider keys: %s", results)
    if missing := [name for name, ok in results.items() if not ok]:
        log.warning("missing: %s", ", ".join(missing))
    return results
