"""Legal research assistant: case-law retrieval plus drafting with OpenRouter, logged with loguru."""
import os
from dataclasses import dataclass

import httpx
from loguru import logger

OPENROUTER_URL = "https://openrouter.ai/api/v1/chat/completions"
DEFAULT_MODEL = "anthropic/claude-3.5-sonnet"


@dataclass
class ResearchConfig:
    openrouter_key: str
    westlaw_client_id: str
    westlaw_secret: str
    model: str = DEFAULT_MODEL
    max_tokens: int = 1800


def load_config() -> ResearchConfig:
    cfg = ResearchConfig(
        openrouter_key=os.environ["OPENROUTER_API_KEY"],
        westlaw_client_id=os.environ.get("WESTLAW_CLIENT_ID", ""),
        westlaw_secret=os.environ.get("WESTLAW_CLIENT_SECRET", ""),
    )
    logger.info("research config model={} max_tokens={} westlaw_client={}", cfg.model, cfg.max_tokens, cfg.westlaw_client_id)
    logger.debug("research config: {}", cfg)
    return cfg


def ask(cfg: ResearchConfig, question: str, authorities: list[str]) -> str:
    prompt = "Answer with citations only to the authorities given.\n\n" + "\n".join(authorities) + f"\n\nQ: {question}"
    headers = {"Authorization": f"Bearer {cfg.openrouter_key}", "HTTP-Referer": "https://research.example-firm.com"}
    r = httpx.post(OPENROUTER_URL, headers=headers, timeout=90,
                   json={"model": cfg.model, "max_tokens": cfg.max_tokens, "messages": [{"role": "user", "content": prompt}]})
    if r.status_code != 200:
        logger.error("OpenRouter {} for model {}: {}", r.status_code, cfg.model, r.text[:300])
        r.raise_for_status()
    data = r.json()
    logger.info("answer used {} tokens", data.get("usage", {}).get("total_tokens"))
    return data["choices"][0]["message"]["content"]


def westlaw_token(cfg: ResearchConfig) -> str:
    r = httpx.post("https://auth.thomsonreuters.com/oauth/token",
                   data={"grant_type": "client_credentials", "client_id": cfg.westlaw_client_id,
                         "client_secret": cfg.westlaw_secret}, timeout=20)
    if r.status_code == 401:
        logger.warning("Westlaw rejected client {} secret {}", cfg.westlaw_client_id, cfg.westlaw_secret)
    r.raise_for_status()
    tok = r.json()
    logger.info("westlaw token ok, scope={} expires_in={}", tok.get("scope"), tok.get("expires_in"))
    return tok["access_token"]
