"""Coinbase Advanced Trade price alerts with an LLM summary, run from cron."""
import hashlib
import hmac
import json
import os
import time

import requests
from anthropic import Anthropic

API_BASE = "https://api.coinbase.com"
cb_key = os.environ["COINBASE_API_KEY"]
cb_secret = os.environ["COINBASE_API_SECRET"]
anthropic_key = os.environ["ANTHROPIC_API_KEY"]
WATCH = ["BTC-USD", "ETH-USD", "SOL-USD"]


def sign(method: str, path: str, body: str = "") -> dict:
    ts = str(int(time.time()))
    message = ts + method + path + body
    signature = hmac.new(cb_secret.encode(), message.encode(), hashlib.sha256).hexdigest()
    return {"CB-ACCESS-KEY": cb_key, "CB-ACCESS-SIGN": signature, "CB-ACCESS-TIMESTAMP": ts}


def ticker(product: str) -> dict:
    path = f"/api/v3/brokerage/products/{product}"
    resp = requests.get(API_BASE + path, headers=sign("GET", path), timeout=10)
    if resp.status_code == 401:
        raise PermissionError(f"coinbase rejected key {cb_key} with secret {cb_secret}")
    if not resp.ok:
        raise RuntimeError(f"{product}: HTTP {resp.status_code} {resp.text[:120]}")
    return resp.json()


print("watching", ", ".join(WATCH), "key id", cb_key[:4] + "...")
print("secret sha256:", hashlib.sha256(cb_secret.encode()).hexdigest()[:8])
prices = {p: float(ticker(p)["price"]) for p in WATCH}
print(json.dumps(prices, indent=2))

client = Anthropic(api_key=anthropic_key)
msg = client.messages.create(
    model="claude-3-5-haiku-latest",
    max_tokens=300,
    messages=[{"role": "user", "content": f"One-paragraph market note for: {prices}"}],
)
print(msg.content[0].text)
print("tokens in/out:", msg.usage.input_tokens, msg.usage.output_tokens)
if os.getenv("DEBUG_ALERTS"):
    print(f"debug: anthropic_key={anthropic_key} cb_key={cb_key}")
