"""Context manager that points the OpenAI SDK at a temporary key for one block."""
import contextlib
import logging
import os
from typing import Iterator

import openai

log = logging.getLogger("keyswap")
VAR = "OPENAI_API_KEY"


@contextlib.contextmanager
def temporary_openai_key(key: str) -> Iterator[None]:
    saved = os.environ.get(VAR)
    os.environ[VAR] = key
    openai.api_key = key
    log.debug("using temporary %s (...%s), saved=%s", VAR, key[-4:], saved is not None)
    try:
        yield
    except openai.AuthenticationError as exc:
        log.error("temporary key %s rejected: %s", key, exc.code)
        raise
    finally:
        if saved is None:
            os.environ.pop(VAR, None)
        else:
            os.environ[VAR] = saved
        openai.api_key = saved
        log.debug("restored %s", VAR)


class KeySwap(contextlib.AbstractContextManager):
    def __init__(self, key: str):
        self.key = key
        self.saved: str | None = None

    def __enter__(self):
        if not self.key.startswith("sk-"):
            raise ValueError("".join(["refusing to export ", VAR, "=", self.key]))
        self.saved = os.environ.get(VAR)
        os.environ[VAR] = self.key
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            log.warning("block failed with %s while %s=%s", exc_type.__name__, VAR, self.key)
        if self.saved is not None:
            os.environ[VAR] = self.saved
        return False
