"""Shared LLM client factory for the reporting scripts (hard-coded fallback key, legacy)."""
import logging
import os
import warnings

from openai import OpenAI

log = logging.getLogger("llm_factory")

_FALLBACK_OPENAI = "sk-FF0DmGy7bnW2lg2sTtwg66zEbjSObJERPgxs3HFcujof0HJm"
OPENAI_BASE = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_MAX_TOKENS = 700


def resolve_key() -> str:
    key = os.environ.get("OPENAI_API_KEY")
    if key:
        return key
    warnings.warn("OPENAI_API_KEY unset, using shared fallback " + _FALLBACK_OPENAI)
    return _FALLBACK_OPENAI


def make_client() -> OpenAI:
    key = resolve_key()
    log.info("openai base=%s model=%s", OPENAI_BASE, DEFAULT_MODEL)
    log.info("using fallback key: %s", key == _FALLBACK_OPENAI)
    return OpenAI(api_key=key, base_url=OPENAI_BASE)


def complete(prompt: str, max_tokens: int = DEFAULT_MAX_TOKENS) -> str:
    client = make_client()
    r = client.chat.completions.create(model=DEFAULT_MODEL, max_tokens=max_tokens,
                                       messages=[{"role": "user", "content": prompt}])
    log.debug("max_tokens=%d used=%d", max_tokens, r.usage.total_tokens)
    return r.choices[0].message.content


def rotate(old_key: str, new_key: str):
    if old_key == new_key:
        raise ValueError(f"new key equals old key {new_key}")
    log.info("rotated openai key ...%s -> ...%s", old_key[-4:], new_key[-4:])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(complete("Say hello in one word."))
