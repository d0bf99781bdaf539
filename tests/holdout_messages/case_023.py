"""Token accounting for chat completions (no secrets here)."""
import logging
from dataclasses import dataclass

import tiktoken

logger = logging.getLogger("usage")
enc = tiktoken.get_encoding("cl100k_base")


@dataclass
class Usage:
    prompt_tokens: int
    completion_tokens: int


def count(text: str) -> int:
    tokens = enc.encode(text)
    logger.debug("tokens: %s", tokens[:16])
    return len(tokens)


def check_budget(prompt: str, max_tokens: int, next_page_token: str | None = None) -> Usage:
    n = count(prompt)
    if n + max_tokens > 128_000:
        raise ValueError(f"prompt has {n} tokens, max_tokens={max_tokens} exceeds the window")
    if next_page_token:
        logger.info("continuing from page token %s", next_page_token)
    eos_token = enc.decode([100257])
    logger.debug("eos token is %r", eos_token)
    return Usage(prompt_tokens=n, completion_tokens=max_tokens)
