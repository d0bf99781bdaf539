"""Multi-vendor key registry used by the eval runner."""
import functools
import hashlib
import logging
import os

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=256)
def cached_answer(cache_key: str) -> str | None:
    logger.debug("cache lookup %s", cache_key)
    return None


def make_cache_key(model: str, prompt: str) -> str:
    return hashlib.sha256(f"{model}:{prompt}".encode()).hexdigest()


class KeyRegistry:
    def __init__(self):
        self.groq_key = os.environ.get("GROQ_API_KEY", "")
        self.anthropic_key = os.environ.get("ANTHROPIC_API_KEY", "")
        self.primary_key = "provider"
        self.sort_key = lambda row: row["latency_ms"]

    def ordered(self, rows: list[dict]) -> list[dict]:
        logger.debug("sorting %d rows by %s", len(rows), self.sort_key)
        return sorted(rows, key=self.sort_key)

    def describe(self) -> str:
        return f"registry keyed by {self.primary_key}"

    def check(self) -> None:
        if not self.anthropic_key.startswith("sk-ant-"):
            raise ValueError(f"ANTHROPIC_API_KEY looks wrong: {self.anthropic_key}")
        if not self.groq_key:
            raise ValueError(f"GROQ_API_KEY is empty ({self.groq_key!r})")

    def for_vendor(self, vendor: str, x_groq_key: str | None = None) -> str:
        if vendor == "groq":
            key = x_groq_key or self.groq_key
            logger.info("groq request with override=%s", x_groq_key)
            return key
        return self.anthropic_key


def run(prompt: str, registry: KeyRegistry) -> str:
    ck = make_cache_key("groq/llama3", prompt)
    hit = cached_answer(ck)
    if hit is None:
        logger.info("miss for %s using key %s", ck, registry.groq_key)
    return hit or ""
