"""Token budgeting utilities for prompt assembly."""
import logging

import tiktoken

log = logging.getLogger("budget")
MAX_CONTEXT_TOKENS = 128_000
RESERVED_COMPLETION_TOKENS = 4_096


class BudgetExceeded(Exception):
    pass


def count(text: str, model: str = "gpt-4o") -> int:
    enc = tiktoken.encoding_for_model(model)
    return len(enc.encode(text))


def fit(chunks: list[str], model: str = "gpt-4o", max_tokens: int | None = None) -> list[str]:
    limit = (max_tokens or MAX_CONTEXT_TOKENS) - RESERVED_COMPLETION_TOKENS
    used, kept = 0, []
    for chunk in chunks:
        n_tokens = count(chunk, model)
        if used + n_tokens > limit:
            log.info("dropping chunk of %d tokens (used %d of %d)", n_tokens, used, limit)
            break
        kept.append(chunk)
        used += n_tokens
    log.debug("kept %d/%d chunks, %d tokens", len(kept), len(chunks), used)
    return kept


def check(prompt: str, max_tokens: int) -> None:
    total = count(prompt)
    if total + max_tokens > MAX_CONTEXT_TOKENS:
        raise BudgetExceeded(f"prompt has {total} tokens; with max_tokens={max_tokens} exceeds {MAX_CONTEXT_TOKENS}")


def explain(prompt: str) -> None:
    enc = tiktoken.get_encoding("o200k_base")
    token_ids = enc.encode(prompt)
    for token_id in token_ids[:20]:
        print(token_id, repr(enc.decode([token_id])))
    print(f"total tokens: {len(token_ids)}")
