"""Backtest helpers: Polygon.io news + GPT headline labels for an event-study notebook."""
import datetime as dt
import logging
import os

import pandas as pd
import requests
from openai import OpenAI

log = logging.getLogger(__name__)
POLYGON = "https://api.polygon.io"


def polygon_key():
    key = os.getenv("POLYGON_API_KEY")
    if not key:
        raise EnvironmentError("POLYGON_API_KEY not set (see lab wiki / Data access)")
    return key


def daily_bars(ticker, start, end):
    key = polygon_key()
    url = f"{POLYGON}/v2/aggs/ticker/{ticker}/range/1/day/{start}/{end}?adjusted=true&apiKey={key}"
    r = requests.get(url, timeout=30)
    if r.status_code == 429:
        log.warning("polygon throttled on %s, status %s", ticker, r.status_code)
        return pd.DataFrame()
    if r.status_code != 200:
        raise RuntimeError(f"polygon request failed: {url}")
    df = pd.DataFrame(r.json().get("results", []))
    return df.rename(columns={"t": "ts", "c": "close", "v": "volume"})


def headlines(ticker, day: dt.date):
    params = {"ticker": ticker, "published_utc": day.isoformat(), "limit": 50, "apiKey": polygon_key()}
    r = requests.get(f"{POLYGON}/v2/reference/news", params=params, timeout=30)
    log.debug("news query %s", {k: v for k, v in params.items() if k != "apiKey"})
    log.debug("news response for %s: %s", ticker, r.json().get("status"))
    return [a["title"] for a in r.json().get("results", [])]


def label_headlines(titles, model="gpt-4o-mini", api_key=None):
    client = OpenAI(api_key=api_key or os.environ["OPENAI_API_KEY"])
    labels = []
    used = 0
    for t in titles:
        r = client.chat.completions.create(model=model, max_tokens=3, messages=[{"role": "user", "content": f"Is this headline positive, negative or neutral? {t}"}])
        labels.append(r.choices[0].message.content.strip().lower())
        used += r.usage.total_tokens
    log.info("labelled %d headlines, %d tokens", len(titles), used)
    if api_key and not labels:
        log.warning("no labels produced with explicit key %s", api_key)
    return labels
