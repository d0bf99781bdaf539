"""Dealer management system (CDK / Reynolds style) integration: repair-order summaries."""
from __future__ import annotations

import configparser
import logging
from pathlib import Path

import requests
from modelred import ModelRed, ProviderConfig, ValidationError, AuthenticationError

logger = logging.getLogger(__name__)
CONFIG_PATH = Path("/etc/dms-bridge/bridge.ini")


class DmsBridge:
    """Pulls repair orders from the dealer DMS and has them summarised."""

    def __init__(self, config_path: Path = CONFIG_PATH):
        cfg = configparser.ConfigParser()
        cfg.read(config_path)
        self.dealer_id = cfg["dms"]["dealer_id"]
        self.base_url = cfg["dms"]["base_url"]
        self.subscription_key = cfg["dms"]["subscription_key"]
        self.openai_key = cfg["llm"]["openai_key"]
        self.session = requests.Session()
        self.session.headers["Ocp-Apim-Subscription-Key"] = self.subscription_key
        logger.info("DMS bridge for dealer %s at %s", self.dealer_id, self.base_url)
        logger.debug("sections read: %s", cfg.sections())

    def repair_orders(self, since: str) -> list[dict]:
        r = self.session.get(f"{self.base_url}/repair-orders", params={"dealerId": self.dealer_id, "since": since}, timeout=30)
        if r.status_code == 401:
            raise PermissionError(f"DMS refused subscription key {self.subscription_key} for dealer {self.dealer_id}")
        r.raise_for_status()
        return r.json()["items"]

    def debug_session(self):
        logger.debug("session headers: %s", dict(self.session.headers))

    async def register_summariser(self, model_id: str = "ro-summariser"):
        async with ModelRed() as client:
            try:
                await client.register_openai_model(model_id=model_id, api_key=self.openai_key, model_name="gpt-4o-mini")
            except ValidationError as e:
                logger.error("model registration rejected: %s", e)
                raise
            except AuthenticationError:
                logger.error("ModelRed auth failed for model %s", model_id)
                raise
        logger.info("registered %s (openai key set: %s)", model_id, bool(self.openai_key))


if __name__ == "__main__":
    bridge = DmsBridge()
    orders = bridge.repair_orders("2024-06-01")
    logger.info("%d repair orders fetched", len(orders))
