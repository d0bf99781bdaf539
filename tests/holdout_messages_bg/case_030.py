"""Celery tasks: refresh market caps from CoinGecko Pro and summarise with Groq."""
import logging
import os

import requests
from celery import Celery
from groq import Groq

app = Celery("mcap", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("mcap.tasks")

CG_HEADER = "x-cg-pro-api-key"
COINS = "bitcoin,ethereum,solana"


def cg_key():
    return os.environ["COINGECKO_PRO_KEY"]


@app.task(bind=True, max_retries=5)
def refresh(self):
    key = cg_key()
    try:
        r = requests.get("https://pro-api.coingecko.com/api/v3/simple/price",
                         params={"ids": COINS, "vs_currencies": "usd", "include_market_cap": "true"},
                         headers={CG_HEADER: key}, timeout=10)
        r.raise_for_status()
    except requests.HTTPError as exc:
        log.warning("coingecko %s: %s", exc.response.status_code, exc.response.text[:200])
        raise self.retry(exc=exc, countdown=30)
    except requests.ConnectionError as exc:
        log.error("coingecko unreachable (header %s, key %s): %s", CG_HEADER, key, exc)
        raise self.retry(exc=exc, countdown=60)
    prices = r.json()
    log.info("refreshed %d coins", len(prices))
    summarise.delay(prices)
    return prices


@app.task
def summarise(prices):
    groq_key = os.environ.get("GROQ_API_KEY")
    client = Groq(api_key=groq_key)
    text = ", ".join(f"{k}: ${v['usd']:,.0f}" for k, v in prices.items())
    resp = client.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=120,
                                          messages=[{"role": "user", "content": f"One-line market mood: {text}"}])
    log.info("groq usage: %s total tokens", resp.usage.total_tokens)
    return resp.choices[0].message.content


@app.task
def selftest():
    groq_key = os.environ.get("GROQ_API_KEY", "")
    print(f"selftest: GROQ_API_KEY={groq_key} COINGECKO_PRO_KEY={cg_key()}")
    return bool(groq_key)
