"""Crypto tax report generator: pulls trades from an exchange and drafts notes with an LLM."""
import argparse
import configparser
import logging
import sys
from pathlib import Path

import ccxt
from openai import OpenAI

log = logging.getLogger("taxreport")


def load_config(path: Path) -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    cfg.read(path)
    log.info("config sections: %s", cfg.sections())
    return cfg


def trades(cfg: configparser.ConfigParser, year: int) -> list:
    ex_cfg = cfg["exchange"]
    exchange = getattr(ccxt, ex_cfg["name"])({"apiKey": ex_cfg["api_key"], "secret": ex_cfg["api_secret"]})
    since = exchange.parse8601(f"{year}-01-01T00:00:00Z")
    try:
        return exchange.fetch_my_trades(ex_cfg.get("symbol", "BTC/EUR"), since=since)
    except ccxt.AuthenticationError:
        log.error("exchange %s auth failed for key %s", ex_cfg["name"], ex_cfg["api_key"])
        return []


def notes(cfg: configparser.ConfigParser, summary: dict) -> str:
    llm_key = cfg.get("openai", "api_key", fallback="")
    model = cfg.get("openai", "model", fallback="gpt-4o-mini")
    log.info("drafting notes with %s (key configured: %s)", model, bool(llm_key))
    client = OpenAI(api_key=llm_key)
    resp = client.chat.completions.create(
        model=model, max_tokens=600,
        messages=[{"role": "user", "content": f"Draft tax notes for these realised gains: {summary}"}],
    )
    return resp.choices[0].message.content


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", type=Path, default=Path("taxreport.ini"))
    ap.add_argument("--year", type=int, default=2024)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    cfg = load_config(args.config)
    if args.verbose:
        log.debug("exchange section: %s", dict(cfg["exchange"]))
    t = trades(cfg, args.year)
    summary = {"count": len(t), "fees": sum(x["fee"]["cost"] for x in t if x.get("fee"))}
    print(notes(cfg, summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
