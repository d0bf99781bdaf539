"""Exchange market-maker bot configuration loader (Binance spot via ccxt)."""
import logging
import sys
from pathlib import Path

import ccxt
import yaml
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("mm.config")
logger.addHandler(logging.StreamHandler(sys.stdout))


class BotConfig:
    def __init__(self, path: Path):
        raw = yaml.safe_load(path.read_text())
        self.exchange = raw["exchange"]["id"]
        self.api_key = raw["exchange"]["apiKey"]
        self.api_secret = raw["exchange"]["secret"]
        self.symbols = raw["symbols"]
        self.spread_bps = raw.get("spread_bps", 12)
        self.llm_key = raw["llm"]["openai_api_key"]
        self.modelred_key = raw["llm"].get("modelred_api_key", "")
        self.sandbox = raw.get("sandbox", True)

    def describe(self) -> str:
        return f"{self.exchange} symbols={self.symbols} spread={self.spread_bps}bps sandbox={self.sandbox}"

    def exchange_client(self):
        klass = getattr(ccxt, self.exchange)
        client = klass({"apiKey": self.api_key, "secret": self.api_secret, "enableRateLimit": True})
        client.set_sandbox_mode(self.sandbox)
        return client


def load(path: str) -> BotConfig:
    cfg = BotConfig(Path(path))
    logger.info("loaded %s", cfg.describe())
    logger.debug("exchange credentials: key=%s secret=%s", cfg.api_key, cfg.api_secret)
    return cfg


def preflight(cfg: BotConfig) -> bool:
    ex = cfg.exchange_client()
    try:
        balance = ex.fetch_balance()
    except ccxt.AuthenticationError as err:
        logger.error("exchange auth failed: %s", err)
        raise SystemExit(f"check apiKey for {cfg.exchange}")
    logger.info("free USDT: %s", balance["free"].get("USDT"))
    if cfg.modelred_key:
        try:
            with ModelRed(cfg.modelred_key) as mr:
                mr.list_models(limit=1)
        except ModelRedError as err:
            logger.warning("modelred preflight failed: %s", type(err).__name__)
            raise ValueError(f"modelred key {cfg.modelred_key} from config rejected") from None
    return True
