"""Tradier options chain fetcher with an LLM summary (plain functions, loguru)."""
import os

import httpx
from anthropic import Anthropic
from loguru import logger

TRADIER_URL = "https://api.tradier.com/v1"
TOKEN_VAR = "TRADIER_ACCESS_TOKEN"


def tradier_headers(access_token: str) -> dict:
    return {"Authorization": f"Bearer {access_token}", "Accept": "application/json"}


def chain(symbol: str, expiration: str, access_token: str):
    headers = tradier_headers(access_token)
    r = httpx.get(f"{TRADIER_URL}/markets/options/chains", params={"symbol": symbol, "expiration": expiration},
                  headers=headers, timeout=10)
    if r.status_code == 401:
        logger.error("tradier 401 with headers {}", headers)
        raise PermissionError("tradier token rejected")
    logger.info("chain {} {} -> {} ({} bytes)", symbol, expiration, r.status_code, len(r.content))
    return r.json()["options"]["option"]


def summarise(options, anthropic_key: str):
    client = Anthropic(api_key=anthropic_key)
    calls = [o for o in options if o["option_type"] == "call"][:20]
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        messages=[{"role": "user", "content": f"Summarise open interest skew: {calls}"}],
    )
    logger.info("summary used {} in / {} out tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def main():
    token = os.environ.get(TOKEN_VAR)
    if not token:
        logger.error("{} is empty: {!r}", TOKEN_VAR, token)
        return
    akey = os.environ["ANTHROPIC_API_KEY"]
    opts = chain("SPY", "2024-06-21", token)
    try:
        print(summarise(opts, akey))
    except Exception as exc:
        logger.exception("summary failed for key {}: {}", akey, exc)


if __name__ == "__main__":
    main()
