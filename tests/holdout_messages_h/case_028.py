"""Key hygiene checks run at import time by the SDK wrapper."""
import os
import re
import warnings

LEGACY_KEY = re.compile(r"^sk-[A-Za-z0-9]{48}$")
OPENAI_KEY_ENV = "OPENAI_API_KEY"
DEPRECATED_ENV = "OPENAI_KEY"


def check_environment() -> None:
    if DEPRECATED_ENV in os.environ and OPENAI_KEY_ENV not in os.environ:
        warnings.warn(f"{DEPRECATED_ENV} is deprecated; set {OPENAI_KEY_ENV} instead", DeprecationWarning)
    key = os.environ.get(OPENAI_KEY_ENV)
    if key is None:
        warnings.warn(f"{OPENAI_KEY_ENV} is not set; calls will fail")
        return
    if LEGACY_KEY.match(key):
        warnings.warn(f"{OPENAI_KEY_ENV}={key} is a legacy user key; create a project key")
    if key != key.strip():
        warnings.warn(f"{OPENAI_KEY_ENV} has surrounding whitespace ({len(key) - len(key.strip())} chars)")


def check_modelred() -> None:
    mr = os.environ.get("MODELRED_API_KEY", "")
    if mr and not mr.startswith("mr_"):
        warnings.warn("MODELRED_API_KEY does not start with mr_: " + mr, RuntimeWarning)
    elif not mr:
        warnings.warn(f"MODELRED_API_KEY is empty ({mr!r})", RuntimeWarning)


check_environment()
check_modelred()
