"""Python-2-era "Config" singleton still imported everywhere in the ETL repo.

Attributes are looked up in this order: environment, /etc/etl.conf, defaults.
"""
import os
import sys
import logging
from configparser import ConfigParser as SafeConfigParser

log = logging.getLogger("etl.config")

DEFAULTS = {
    "llm_provider": "openrouter",
    "llm_model": "meta-llama/llama-3.1-70b-instruct",
    "llm_max_tokens": "1024",
    "warehouse_host": "dwh.internal",
}
SECRET_OPTIONS = ("openrouter_key", "warehouse_password")


class Config(object):
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super(Config, cls).__new__(cls)
            cls._instance._load()
        return cls._instance

    def _load(self):
        self._parser = SafeConfigParser(DEFAULTS)
        self._parser.read("/etc/etl.conf")
        self.openrouter_key = os.environ.get("OPENROUTER_API_KEY") or self._parser.get("DEFAULT", "openrouter_key")
        self.warehouse_password = self._parser.get("DEFAULT", "warehouse_password")
        self.llm_model = self._parser.get("DEFAULT", "llm_model")
        self.llm_max_tokens = self._parser.getint("DEFAULT", "llm_max_tokens")

    def public_items(self):
        return dict((k, v) for k, v in self._parser.items("DEFAULT") if k not in SECRET_OPTIONS)

    def dump(self, stream=sys.stderr):
        stream.write("config (public): %r\n" % self.public_items())
        stream.write("llm: %s max_tokens=%d\n" % (self.llm_model, self.llm_max_tokens))

    def debug_dump(self):
        sys.stderr.write("config (all): %r\n" % dict(self._parser.items("DEFAULT")))

    def require(self, name):
        value = getattr(self, name, None)
        if not value:
            raise KeyError("config option %s is required but was %r" % (name, value))
        return value

    def check_openrouter(self):
        if not self.openrouter_key.startswith("sk-or-v1-"):
            log.warning("openrouter key has unexpected format: %s", self.openrouter_key)
