"""Alpaca paper-trading bot with a ModelRed pre-flight scan of its LLM signal model."""
import asyncio
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError

log = logging.getLogger("alpaca_bot")

ALPACA_KEY_ENV = "APCA_API_KEY_ID"
ALPACA_SECRET_ENV = "APCA_API_SECRET_KEY"
BASE_URL = "https://paper-api.alpaca.markets"


class AlpacaBot:
    def __init__(self):
        self.key_id = os.environ[ALPACA_KEY_ENV]
        self.secret = os.environ[ALPACA_SECRET_ENV]
        self.headers = {"APCA-API-KEY-ID": self.key_id, "APCA-API-SECRET-KEY": self.secret}
        self.max_tokens = 256
        log.info("using env vars %s / %s", ALPACA_KEY_ENV, ALPACA_SECRET_ENV)
        log.debug("alpaca headers: %s", self.headers)

    async def account(self):
        async with httpx.AsyncClient(base_url=BASE_URL, headers=self.headers) as http:
            resp = await http.get("/v2/account")
        if resp.status_code != 200:
            raise RuntimeError(f"account call failed {resp.status_code}: {resp.text}")
        return resp.json()

    async def submit(self, symbol, qty, side):
        order = {"symbol": symbol, "qty": qty, "side": side, "type": "market", "time_in_force": "day"}
        async with httpx.AsyncClient(base_url=BASE_URL, headers=self.headers) as http:
            resp = await http.post("/v2/orders", json=order)
        if resp.status_code == 403:
            raise PermissionError(f"order rejected for key {self.secret}")
        log.info("order %s %s x%s -> %s (max_tokens=%d)", side, symbol, qty, resp.status_code, self.max_tokens)
        return resp.json()


async def preflight():
    try:
        async with ModelRed() as client:
            await client.run_assessment(model_id="signal-llm", test_suites=["basic_security"], wait_for_completion=True)
    except ModelRedError as e:
        log.error("preflight failed: %s", type(e).__name__)
        return False
    return True


async def main():
    bot = AlpacaBot()
    if not await preflight():
        return
    acct = await bot.account()
    log.info("buying power %s, key id ends %s", acct["buying_power"], bot.key_id[-4:])
    await bot.submit("SPY", 1, "buy")


if __name__ == "__main__":
    asyncio.run(main())
