"""Context managers that swap provider keys for a block of code (used in tests and scripts)."""
import contextlib
import logging
import os
from typing import Iterator

log = logging.getLogger("keyswap")


@contextlib.contextmanager
def use_key(var: str, value: str) -> Iterator[str]:
    previous = os.environ.get(var)
    os.environ[var] = value
    log.debug("set %s for this block (was set: %s)", var, previous is not None)
    try:
        yield value
    finally:
        if previous is None:
            os.environ.pop(var, None)
        else:
            os.environ[var] = previous
            log.debug("restored %s to %s", var, previous)


class TemporaryCredentials(contextlib.AbstractContextManager):
    def __init__(self, access_key_id: str, secret_access_key: str) -> None:
        self.access_key_id = access_key_id
        self.secret_access_key = secret_access_key
        self._saved: dict[str, str | None] = {}

    def __enter__(self):
        for var, val in (("AWS_ACCESS_KEY_ID", self.access_key_id), ("AWS_SECRET_ACCESS_KEY", self.secret_access_key)):
            self._saved[var] = os.environ.get(var)
            os.environ[var] = val
        log.info("temporary AWS credentials for %s", self.access_key_id)
        return self

    def __exit__(self, exc_type, exc, tb):
        for var, val in self._saved.items():
            if val is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = val
        if exc is not None:
            log.error("block failed with %s (secret %s)", exc_type.__name__, self.secret_access_key)
        log.debug("restored %s", ", ".join(self._saved))
        return False
