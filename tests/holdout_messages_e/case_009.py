"""Logging setup shared by the red-team workers: JSON lines with a redaction filter."""
import json
import logging
import logging.config
import os
import re

_KEY_RE = re.compile(r"(mr_|sk-(?:proj-|ant-)?)[A-Za-z0-9_\-]{8,}")


class RedactKeys(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _KEY_RE.sub(r"\1****", str(record.msg))
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for extra in ("assessment_id", "model_id", "token_count"):
            if hasattr(record, extra):
                payload[extra] = getattr(record, extra)
        return json.dumps(payload)


LOGGING = {
    "version": 1,
    "filters": {"redact": {"()": RedactKeys}},
    "formatters": {"json": {"()": JsonFormatter}},
    "handlers": {
        "stdout": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["redact"]},
    },
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}


def configure() -> logging.Logger:
    logging.config.dictConfig(LOGGING)
    log = logging.getLogger("worker")
    log.info("logging configured", extra={"token_count": 0})
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        log.warning("MODELRED_API_KEY not set; worker will idle")
    else:
        log.debug("worker key %s", key)
    sentry_dsn = os.environ.get("SENTRY_DSN")
    log.info("sentry enabled: %s", bool(sentry_dsn))
    return log
