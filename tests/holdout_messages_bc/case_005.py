"""Mortgage pre-qualification: pull credit and summarise with Claude."""
import logging
import os
from dataclasses import dataclass, field

import anthropic
import requests

logger = logging.getLogger("prequal")


@dataclass
class LenderConfig:
    lender_id: str
    los_base_url: str
    los_password: str = field(repr=False)
    anthropic_key: str = field(repr=False)
    max_tokens: int = 800


def load_config() -> LenderConfig:
    return LenderConfig(
        lender_id=os.environ["LENDER_ID"],
        los_base_url=os.environ["LOS_URL"],
        los_password=os.environ["LOS_PASSWORD"],
        anthropic_key=os.environ["ANTHROPIC_API_KEY"],
    )


def fetch_loan_file(cfg: LenderConfig, loan_number: str) -> dict:
    resp = requests.get(f"{cfg.los_base_url}/loans/{loan_number}", auth=(cfg.lender_id, cfg.los_password), timeout=30)
    if resp.status_code == 401:
        raise ValueError(f"LOS login failed for lender {cfg.lender_id} with password {cfg.los_password}")
    resp.raise_for_status()
    return resp.json()


def summarise(cfg: LenderConfig, loan: dict) -> str:
    client = anthropic.Anthropic(api_key=cfg.anthropic_key)
    logger.info("summarising loan %s with max_tokens=%d", loan["loanNumber"], cfg.max_tokens)
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=cfg.max_tokens,
        messages=[{"role": "user", "content": f"Summarise DTI and LTV risk for: {loan}"}],
    )
    logger.debug("usage: in=%s out=%s", msg.usage.input_tokens, msg.usage.output_tokens)
    return msg.content[0].text


def run(loan_number: str):
    cfg = load_config()
    logger.debug("config %r", cfg)
    logger.debug("anthropic key %s", cfg.anthropic_key)
    loan = fetch_loan_file(cfg, loan_number)
    return summarise(cfg, loan)


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.DEBUG)
    print(run(sys.argv[1]))
