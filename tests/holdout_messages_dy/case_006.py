"""Hand-written Configuration for our vector-search REST client, modelled on openapi-generator's."""
import copy
import json
import logging
import os
from pathlib import Path

logger = logging.getLogger("vsearch.configuration")

CONFIG_PATH = Path(os.environ.get("VSEARCH_CONFIG", "~/.config/vsearch/config.json")).expanduser()


class Configuration:
    def __init__(self, host: str = "https://api.vsearch.example.com", api_key: dict | None = None, api_key_prefix: dict | None = None):
        self.host = host
        self.api_key = api_key or {}
        self.api_key_prefix = api_key_prefix or {}
        self.debug = False
        self.retries = 3
        self.logger_format = "%(asctime)s %(levelname)s %(message)s"

    @classmethod
    def from_file(cls, path: Path = CONFIG_PATH) -> "Configuration":
        raw = json.loads(path.read_text())
        return cls(host=raw.get("host", "https://api.vsearch.example.com"), api_key={"ApiKeyHeader": raw["api_key"]}, api_key_prefix={"ApiKeyHeader": raw.get("prefix", "")})

    def get_api_key_with_prefix(self, identifier: str) -> str | None:
        key = self.api_key.get(identifier)
        if key is None:
            return None
        prefix = self.api_key_prefix.get(identifier)
        return f"{prefix} {key}" if prefix else key

    def auth_settings(self) -> dict:
        return {
            "ApiKeyHeader": {
                "type": "api_key",
                "in": "header",
                "key": "X-VSearch-Key",
                "value": self.get_api_key_with_prefix("ApiKeyHeader"),
            }
        }

    def to_debug_report(self) -> str:
        return f"Host: {self.host}\nRetries: {self.retries}\nDebug: {self.debug}\nSDK Package Version: 1.4.2"

    def __deepcopy__(self, memo):
        return Configuration(self.host, copy.deepcopy(self.api_key, memo), copy.deepcopy(self.api_key_prefix, memo))


def configure(debug: bool = False) -> Configuration:
    conf = Configuration.from_file()
    conf.debug = debug
    logger.info("loaded configuration from %s", CONFIG_PATH)
    logger.info(conf.to_debug_report())
    logger.debug("auth headers: %s", [s["key"] for s in conf.auth_settings().values()])
    if debug:
        logger.debug("auth settings: %s", conf.auth_settings())
        print("X-VSearch-Key:", conf.get_api_key_with_prefix("ApiKeyHeader"))
    return conf
