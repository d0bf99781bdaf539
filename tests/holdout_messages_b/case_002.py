"""Logging setup shared by the evals services."""
import logging
import logging.config
import os

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": LOG_FORMAT}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "mail": {
            "class": "logging.handlers.SMTPHandler",
            "mailhost": ("smtp.example.org", 587),
            "fromaddr": "alerts@example.org",
            "toaddrs": ["oncall@example.org"],
            "subject": "evals error",
            "credentials": ("alerts", os.environ.get("SMTP_PASSWORD", "")),
            "secure": (),
            "level": "ERROR",
        },
    },
    "root": {"handlers": ["console", "mail"], "level": "INFO"},
}


def setup_logging(verbose: bool = False) -> logging.Logger:
    logging.config.dictConfig(LOGGING)
    log = logging.getLogger("evals")
    if verbose:
        log.setLevel(logging.DEBUG)
    smtp_user, smtp_password = LOGGING["handlers"]["mail"]["credentials"]
    log.debug("mail handler user=%s host=%s", smtp_user, LOGGING["handlers"]["mail"]["mailhost"][0])
    log.debug("mail handler login %s:%s", smtp_user, smtp_password)
    log.info("logging configured (%d handlers, format %r)", len(LOGGING["handlers"]), LOG_FORMAT)
    return log
