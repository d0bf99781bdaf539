"""Grid-trading bot for Bybit (pybit), config in TOML, class-heavy."""
import logging
import tomllib
from dataclasses import dataclass

from pybit.unified_trading import HTTP

log = logging.getLogger("grid")


@dataclass
class GridConfig:
    symbol: str
    lower: float
    upper: float
    levels: int
    api_key: str
    api_secret: str
    testnet: bool = True


class GridBot:
    def __init__(self, cfg: GridConfig):
        self.cfg = cfg
        self.session = HTTP(testnet=cfg.testnet, api_key=cfg.api_key, api_secret=cfg.api_secret)
        log.info("grid %s %s-%s x%d testnet=%s", cfg.symbol, cfg.lower, cfg.upper, cfg.levels, cfg.testnet)

    def levels(self):
        step = (self.cfg.upper - self.cfg.lower) / (self.cfg.levels - 1)
        return [round(self.cfg.lower + i * step, 2) for i in range(self.cfg.levels)]

    def place(self):
        for price in self.levels():
            res = self.session.place_order(category="linear", symbol=self.cfg.symbol, side="Buy",
                                           orderType="Limit", qty="0.001", price=str(price))
            if res.get("retCode") != 0:
                log.warning("order at %s failed: %s %s", price, res.get("retCode"), res.get("retMsg"))


def load(path="grid.toml") -> GridConfig:
    with open(path, "rb") as fh:
        raw = tomllib.load(fh)["grid"]
    cfg = GridConfig(**raw)
    log.debug("config %r", cfg)
    if len(cfg.api_secret) != 36:
        raise ValueError(f"api_secret has unexpected length {len(cfg.api_secret)}")
    return cfg


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    GridBot(load()).place()
