"""Funding-rate research on Binance perpetuals, with a ModelRed check of the summariser model."""
import logging
import os

import ccxt
import yaml
from modelred import ModelRed, APIError, Unauthorized, NotFound

log = logging.getLogger("quant.funding")


class FundingResearch:
    def __init__(self, cfg_path="configs/funding.yaml"):
        with open(cfg_path) as fh:
            self.cfg = yaml.safe_load(fh)
        ex = self.cfg["exchange"]
        self.exchange = ccxt.binanceusdm({"apiKey": ex["api_key"], "secret": ex["api_secret"], "enableRateLimit": True})
        self.symbols = self.cfg.get("symbols", ["BTC/USDT:USDT", "ETH/USDT:USDT"])
        self.modelred_key = os.environ.get("MODELRED_API_KEY") or self.cfg["modelred"]["api_key"]
        log.info("exchange=%s symbols=%s testnet=%s", self.exchange.id, self.symbols, ex.get("testnet", False))
        log.debug("exchange section %s", ex)

    def funding_table(self):
        rows = []
        for s in self.symbols:
            try:
                fr = self.exchange.fetch_funding_rate(s)
            except ccxt.AuthenticationError as e:
                log.error("binance auth failed for %s: %s", s, type(e).__name__)
                raise
            rows.append({"symbol": s, "rate": fr["fundingRate"], "next": fr.get("fundingDatetime")})
        log.info("fetched %d funding rates", len(rows))
        return rows

    def check_summariser(self, model_id):
        try:
            with ModelRed(self.modelred_key, timeout=30.0) as mr:
                done = mr.list_assessments(model_id=model_id, limit=5)
        except Unauthorized:
            log.error("ModelRed key rejected (ends %s)", self.modelred_key[-4:])
            return {"model": model_id, "status": "unauthorized"}
        except NotFound as e:
            log.warning("no such model %s: %s", model_id, e)
            return {"model": model_id, "status": "missing"}
        except APIError as e:
            return {"model": model_id, "status": "error", "detail": f"{e}"}
        return {"model": model_id, "status": "ok", "recent": [a["id"] for a in done]}

    def rotate(self, new_secret):
        if new_secret == self.cfg["exchange"]["api_secret"]:
            log.warning("new secret %s is the same as the configured one; not rotating", new_secret)
            return
        self.exchange.secret = new_secret
        log.info("rotated exchange secret (%d chars)", len(new_secret))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    fr = FundingResearch()
    print(fr.funding_table())
    print(fr.check_summariser("funding-summariser-v1"))
