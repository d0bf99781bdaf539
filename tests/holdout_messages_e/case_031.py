"""Token accounting for the eval run: counts, budgets and tokenizers (no secrets here)."""
import logging

import tiktoken

log = logging.getLogger("tokens")

MAX_TOKENS = 4096
TOKENIZER = "o200k_base"


class TokenBudgetExceeded(Exception):
    pass


class TokenMeter:
    def __init__(self, budget: int):
        self.budget = budget
        self.used_tokens = 0
        self.tokenizer = tiktoken.get_encoding(TOKENIZER)

    def count(self, text: str) -> int:
        return len(self.tokenizer.encode(text))

    def charge(self, prompt: str, completion: str) -> None:
        prompt_tokens = self.count(prompt)
        completion_tokens = self.count(completion)
        self.used_tokens += prompt_tokens + completion_tokens
        log.debug("prompt_tokens=%d completion_tokens=%d total=%d", prompt_tokens, completion_tokens, self.used_tokens)
        if self.used_tokens > self.budget:
            raise TokenBudgetExceeded(
                f"used {self.used_tokens} tokens, budget {self.budget} (tokenizer {TOKENIZER})"
            )

    def report(self) -> None:
        print(f"token usage: {self.used_tokens}/{self.budget}")
        log.info("max_tokens per call: %s", MAX_TOKENS)


def split_by_tokens(text: str, meter: TokenMeter, max_tokens: int = MAX_TOKENS) -> list:
    tokens = meter.tokenizer.encode(text)
    chunks = [meter.tokenizer.decode(tokens[i:i + max_tokens]) for i in range(0, len(tokens), max_tokens)]
    log.info("split %d tokens into %d chunks; first token ids %s", len(tokens), len(chunks), tokens[:5])
    return chunks
