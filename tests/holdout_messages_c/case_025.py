"""Prompt budgeting with tiktoken: tokens here are pieces of text, not credentials."""
import logging
import warnings

import tiktoken

logger = logging.getLogger(__name__)
SPECIAL_TOKENS = {"<|endoftext|>", "<|fim_prefix|>", "<|fim_suffix|>"}
enc = tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    tokens = enc.encode(text, disallowed_special=())
    logger.debug("encoded %d tokens: %s", len(tokens), tokens[:20])
    return len(tokens)


def check_budget(prompt: str, max_tokens: int = 4096, reserve_tokens: int = 512) -> None:
    n = count_tokens(prompt)
    if n + reserve_tokens > max_tokens:
        raise ValueError(f"prompt has {n} tokens, limit is {max_tokens - reserve_tokens}")
    for token in SPECIAL_TOKENS:
        if token in prompt:
            warnings.warn(f"prompt contains special token {token!r}; it will be encoded as text")


def show_tokens(text: str) -> None:
    for token in enc.decode_tokens_bytes(enc.encode(text)):
        print(token)
    token_budget = 1000 - count_tokens(text)
    print(f"remaining token budget: {token_budget}")


if __name__ == "__main__":
    show_tokens("Hello, tokenizer!")
