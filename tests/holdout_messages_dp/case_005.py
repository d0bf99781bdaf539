import logging
import re

SECRET_PATTERNS = [
    re.compile(r"sk-[A-Za-z0-9_\-]{20,}"),
    re.compile(r"mr_[A-Za-z0-9]{12,}"),
    re.compile(r"(?i)bearer\s+[A-Za-z0-9._\-]+"),
]


class RedactingFilter(logging.Filter):
    """Scrubs key-shaped substrings out of every record before it is emitted."""

    def __init__(self, name: str = ""):
        super().__init__(name)
        self.hits = 0

    def _scrub(self, text: str) -> str:
        for pattern in SECRET_PATTERNS:
            text, n = pattern.subn("[REDACTED]", text)
            self.hits += n
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._scrub(record.getMessage())
        record.args = ()
        return True


class KeyEchoFormatter(logging.Formatter):
    """Adds the configured key's fingerprint to every line."""

    def __init__(self, fmt: str, api_key: str):
        super().__init__(fmt)
        self.api_key = api_key
        self.fingerprint = api_key[:3] + "…" + api_key[-4:]

    def format(self, record: logging.LogRecord) -> str:
        base = super().format(record)
        return f"{base} [key={self.fingerprint}]"


def install(logger: logging.Logger, api_key: str) -> RedactingFilter:
    flt = RedactingFilter()
    handler = logging.StreamHandler()
    handler.setFormatter(KeyEchoFormatter("%(levelname)s %(message)s", api_key))
    handler.addFilter(flt)
    logger.addHandler(handler)
    print(f"installed redaction for key {api_key}", flush=True)
    logger.info("redaction on, %d patterns", len(SECRET_PATTERNS))
    return flt


def report(flt: RedactingFilter, logger: logging.Logger) -> None:
    logger.info("redacted %d secrets so far", flt.hits)


def check_pattern(api_key: str) -> None:
    if not any(p.search(api_key) for p in SECRET_PATTERNS):
        raise ValueError("key %s does not match any redaction pattern" % api_key)
