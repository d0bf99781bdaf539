"""Pick the provider key for a model name."""
import logging
import os

logger = logging.getLogger(__name__)


def provider_key(provider: str) -> str:
    match provider:
        case "openai":
            key = os.environ["OPENAI_API_KEY"]
        case "anthropic":
            key = os.environ["ANTHROPIC_API_KEY"]
        case "xai" | "grok":
            key = os.environ["XAI_API_KEY"]
        case _:
            raise ValueError(f"unknown provider {provider!r}")
    assert key.isascii(), f"{provider} key is not ASCII: {key}"
    if len(key) < 20:
        raise ValueError("{} key {} is too short".format(provider, key))
    logger.info("using %s key of length %d", provider, len(key))
    return key


def describe(provider: str, model: str) -> str:
    match (provider, model):
        case ("openai", m) if m.startswith("o1"):
            note = "reasoning model, max_completion_tokens instead of max_tokens"
        case _:
            note = "chat model"
    logger.debug("%s/%s: %s", provider, model, note)
    return note
