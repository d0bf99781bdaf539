"""LLM trading assistant: asks GPT for a trade idea from the order book (plain functions)."""
import json
import logging
import os

from openai import AuthenticationError, OpenAI

logger = logging.getLogger("assistant")

MODEL = os.getenv("ASSISTANT_MODEL", "gpt-4o-mini")
MAX_TOKENS = int(os.getenv("ASSISTANT_MAX_TOKENS", "400"))


def make_client(api_key=None):
    api_key = api_key or os.getenv("OPENAI_API_KEY")
    if not api_key:
        raise ValueError(f"OPENAI_API_KEY missing, got {api_key!r}")
    if not api_key.startswith("sk-"):
        raise ValueError(f"not an OpenAI key: {api_key}")
    return OpenAI(api_key=api_key, timeout=20)


def trade_idea(client, symbol, book):
    prompt = f"Order book for {symbol}:\n{json.dumps(book)[:4000]}\nSuggest one trade with stop loss."
    try:
        resp = client.chat.completions.create(model=MODEL, max_tokens=MAX_TOKENS,
                                              messages=[{"role": "user", "content": prompt}])
    except AuthenticationError as exc:
        logger.error("openai auth failed: %s (key %s)", exc.code, client.api_key)
        raise
    usage = resp.usage
    logger.info("idea for %s: %d prompt / %d completion tokens (max %d)",
                symbol, usage.prompt_tokens, usage.completion_tokens, MAX_TOKENS)
    return resp.choices[0].message.content


def run(symbol):
    client = make_client()
    book = {"bids": [[64000.5, 1.2]], "asks": [[64001.0, 0.8]]}
    idea = trade_idea(client, symbol, book)
    logger.info("model %s says: %s", MODEL, idea)
    return idea


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(run("BTC/USDT"))
