"""Pylons/Paste-era config: development.ini with %(here)s, read by a long-lived daemon.

[app:main] holds llm.* settings; the daemon logs its effective config at start-up.
"""
import logging
import os
import sys
from configparser import ConfigParser

log = logging.getLogger("summariser.daemon")
INI = sys.argv[1] if len(sys.argv) > 1 else "development.ini"
SENSITIVE = ("llm.api_key", "sqlalchemy.url", "beaker.session.secret")

parser = ConfigParser(defaults={"here": os.path.dirname(os.path.abspath(INI))})
parser.read(INI)
settings = dict(parser.items("app:main"))

llm_api_key = settings.get("llm.api_key", "")
llm_model = settings.get("llm.model", "gpt-4o-mini")
llm_max_tokens = int(settings.get("llm.max_tokens", "400"))
session_secret = settings.get("beaker.session.secret")

safe = dict((k, v) for k, v in settings.items() if k not in SENSITIVE)


def start():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(name)s] %(message)s")
    log.info("effective config: %s", safe)
    log.info("llm.model=%s llm.max_tokens=%d", llm_model, llm_max_tokens)
    log.info("settings present: %s", ", ".join(sorted(settings)))
    if not llm_api_key:
        raise RuntimeError("llm.api_key missing in %s" % INI)
    if llm_api_key.count("-") == 0:
        raise RuntimeError("llm.api_key in %s is not a provider key: %s" % (INI, llm_api_key))
    if len(session_secret or "") < 32:
        log.warning("beaker.session.secret %r is weak, use 32+ characters", session_secret)


def reload_config(signum, frame):
    global settings
    parser.read(INI)
    settings = dict(parser.items("app:main"))
    log.info("reloaded %s (%d settings)", INI, len(settings))


if __name__ == "__main__":
    start()
    import signal
    signal.signal(signal.SIGHUP, reload_config)
    signal.pause()
