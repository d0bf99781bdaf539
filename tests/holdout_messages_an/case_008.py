"""Async news-sentiment signal on Alpaca paper trading, scored by an LLM (research only)."""
import asyncio
import logging
import os

import aiohttp
from anthropic import AsyncAnthropic

logger = logging.getLogger("alpha.sentiment")

ALPACA_KEY_ID = os.environ["APCA_API_KEY_ID"]
ALPACA_SECRET = os.environ["APCA_API_SECRET_KEY"]
BASE = "https://paper-api.alpaca.markets"
NEWS = "https://data.alpaca.markets/v1beta1/news"
UNIVERSE = ["AAPL", "MSFT", "NVDA", "AMD", "TSLA"]
MAX_TOKENS = 4


class SentimentResearch:
    def __init__(self):
        self.headers = {"APCA-API-KEY-ID": ALPACA_KEY_ID, "APCA-API-SECRET-KEY": ALPACA_SECRET}
        self.llm = AsyncAnthropic()
        self.scores = {}

    async def fetch_news(self, session, symbol):
        async with session.get(NEWS, params={"symbols": symbol, "limit": 20}, headers=self.headers) as resp:
            if resp.status != 200:
                body = await resp.text()
                logger.error("news %s failed: HTTP %s %s", symbol, resp.status, body[:200])
                return []
            return (await resp.json())["news"]

    async def score(self, headline):
        msg = await self.llm.messages.create(model="claude-3-5-haiku-latest", max_tokens=MAX_TOKENS, messages=[{"role": "user", "content": f"Sentiment -1..1 for: {headline}. Number only."}])
        logger.debug("scored with %d output tokens", msg.usage.output_tokens)
        try:
            return float(msg.content[0].text)
        except ValueError:
            return 0.0

    async def run(self):
        logger.info("research run on %s max_tokens=%d base=%s", UNIVERSE, MAX_TOKENS, BASE)
        async with aiohttp.ClientSession() as session:
            acct = await session.get(f"{BASE}/v2/account", headers=self.headers)
            if acct.status == 403:
                logger.error("Alpaca refused credentials %s", self.headers)
                return {}
            for sym in UNIVERSE:
                items = await self.fetch_news(session, sym)
                vals = await asyncio.gather(*(self.score(n["headline"]) for n in items))
                self.scores[sym] = sum(vals) / len(vals) if vals else 0.0
        logger.info("scores %s", self.scores)
        return self.scores


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    if os.getenv("ALPHA_DEBUG_CREDS"):
        logger.debug("alpaca secret=%s", ALPACA_SECRET)
    print(asyncio.run(SentimentResearch().run()))
