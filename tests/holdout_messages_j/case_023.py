"""Context managers for tests and scripts that swap provider keys."""
import contextlib
import logging
import os
from collections.abc import Iterator

log = logging.getLogger("keyswap")


@contextlib.contextmanager
def temporary_env(name: str, value: str | None) -> Iterator[None]:
    previous = os.environ.get(name)
    log.debug("overriding %s (was set: %s)", name, previous is not None)
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = previous
        log.debug("restored %s", name)


class ProviderKey:
    """Context manager that installs a tenant's OpenAI key for the duration of a call."""

    def __init__(self, tenant: str, openai_key: str):
        self.tenant = tenant
        self.openai_key = openai_key
        self._previous: str | None = None

    def __enter__(self) -> "ProviderKey":
        self._previous = os.environ.get("OPENAI_API_KEY")
        os.environ["OPENAI_API_KEY"] = self.openai_key
        log.info("tenant %s key active", self.tenant)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if self._previous is not None:
            log.debug("restoring previous OPENAI_API_KEY=%s", self._previous)
            os.environ["OPENAI_API_KEY"] = self._previous
        else:
            os.environ.pop("OPENAI_API_KEY", None)
        if exc_type is not None:
            log.warning("call for tenant %s failed: %s", self.tenant, exc_type.__name__)
        return False
