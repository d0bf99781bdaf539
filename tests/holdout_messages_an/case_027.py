"""Backtrader strategy that gates entries on an LLM reading of Finnhub company news."""
import datetime as dt
import logging
import os

import backtrader as bt
import finnhub
from together import Together

log = logging.getLogger("bt.llmgate")


class LLMGate:
    def __init__(self, finnhub_key, together_key, max_tokens=3):
        self.news = finnhub.Client(api_key=finnhub_key)
        self.llm = Together(api_key=together_key)
        self.max_tokens = max_tokens
        self.cache = {}
        log.info("LLM gate max_tokens=%d", self.max_tokens)
        if len(finnhub_key) < 20:
            log.warning("Finnhub key %s looks truncated", finnhub_key)

    def allow(self, symbol, day):
        k = (symbol, day)
        if k in self.cache:
            return self.cache[k]
        items = self.news.company_news(symbol, _from=day.isoformat(), to=day.isoformat())
        log.debug("%s %s: %d news items", symbol, day, len(items))
        text = "\n".join(i["headline"] for i in items[:15]) or "no news"
        r = self.llm.chat.completions.create(model="meta-llama/Llama-3.3-70B-Instruct-Turbo", max_tokens=self.max_tokens, messages=[{"role": "user", "content": f"Answer BUY or SKIP for {symbol}:\n{text}"}])
        ok = r.choices[0].message.content.strip().upper().startswith("BUY")
        self.cache[k] = ok
        return ok


class GatedSma(bt.Strategy):
    params = dict(fast=10, slow=30, gate=None)

    def __init__(self):
        self.cross = bt.ind.CrossOver(bt.ind.SMA(period=self.p.fast), bt.ind.SMA(period=self.p.slow))

    def next(self):
        day = self.data.datetime.date(0)
        if not self.position and self.cross > 0 and self.p.gate.allow(self.data._name, day):
            self.buy()
        elif self.position and self.cross < 0:
            self.close()


def run(symbol="MSFT"):
    fk, tk = os.environ.get("FINNHUB_API_KEY", ""), os.environ.get("TOGETHER_API_KEY", "")
    if not tk:
        raise EnvironmentError("TOGETHER_API_KEY missing, got %r" % tk)
    log.info("keys present: finnhub=%s together=%s", bool(fk), bool(tk))
    cerebro = bt.Cerebro()
    data = bt.feeds.YahooFinanceCSVData(dataname=f"data/{symbol}.csv", fromdate=dt.datetime(2023, 1, 1))
    cerebro.adddata(data, name=symbol)
    cerebro.addstrategy(GatedSma, gate=LLMGate(fk, tk))
    cerebro.broker.setcash(100_000)
    cerebro.run()
    log.info("final value %.2f", cerebro.broker.getvalue())
    return cerebro.broker.getvalue()
