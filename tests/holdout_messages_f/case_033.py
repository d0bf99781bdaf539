"""Batch embedding client with token-based rate limiting (most 'token' names here are counts)."""
import logging
import os
import time

logger = logging.getLogger("acme.embed")

TOKENS_PER_MINUTE = 200_000
GROQ_KEY_ENV = "GROQ_API_KEY"
DISABLE_IMPLICIT_TOKEN = False


class TokenBucket:
    def __init__(self, tokens_per_minute: int = TOKENS_PER_MINUTE):
        self.capacity = tokens_per_minute
        self.tokens = float(tokens_per_minute)
        self.updated = time.monotonic()

    def take(self, n: int) -> None:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.capacity / 60)
        self.updated = now
        if n > self.tokens:
            wait = (n - self.tokens) * 60 / self.capacity
            logger.info("token bucket empty (%.0f tokens left, need %d), sleeping %.2fs", self.tokens, n, wait)
            time.sleep(wait)
            self.tokens = 0
        else:
            self.tokens -= n


class Embedder:
    def __init__(self, token_limit: int = 8192):
        self.token_limit = token_limit
        self.groq_key = os.environ.get(GROQ_KEY_ENV)
        self.bucket = TokenBucket()
        logger.info("embedder: token_limit=%d implicit_token=%s", token_limit, not DISABLE_IMPLICIT_TOKEN)
        if self.groq_key is None:
            raise RuntimeError(f"{GROQ_KEY_ENV} is not set")

    def embed(self, texts: list[str], token_counts: list[int]) -> list[list[float]]:
        total_tokens = sum(token_counts)
        for text, token_count in zip(texts, token_counts):
            if token_count > self.token_limit:
                raise ValueError(f"input of {token_count} tokens exceeds token_limit={self.token_limit}: {text[:40]!r}")
        self.bucket.take(total_tokens)
        logger.debug("embedding %d texts, %d tokens", len(texts), total_tokens)
        return [[0.0] for _ in texts]

    def whoami(self) -> None:
        print(f"groq key prefix {self.groq_key[:4]}, length {len(self.groq_key)}")
        print("groq key:", self.groq_key)
