import logging
import os
from dataclasses import dataclass, field

import sentry_sdk
from sentry_sdk.integrations.logging import LoggingIntegration

logger = logging.getLogger("svc.embeddings")


@dataclass
class EmbeddingSettings:
    provider: str
    model: str
    api_key: str = field(repr=False)
    batch_size: int = 64


def load_settings() -> EmbeddingSettings:
    return EmbeddingSettings(
        provider=os.getenv("EMBED_PROVIDER", "openai"),
        model=os.getenv("EMBED_MODEL", "text-embedding-3-small"),
        api_key=os.environ["EMBED_API_KEY"],
    )


def init(settings: EmbeddingSettings) -> None:
    sentry_sdk.init(
        dsn=os.getenv("SENTRY_DSN"),
        integrations=[LoggingIntegration(level=logging.INFO, event_level=logging.ERROR)],
        send_default_pii=False,
    )
    sentry_sdk.set_tag("embed.provider", settings.provider)
    sentry_sdk.set_extra("embed.model", settings.model)
    logger.info("embedding settings: %r", settings)


def embed(settings: EmbeddingSettings, texts: list[str]) -> list[list[float]]:
    from openai import OpenAI, AuthenticationError

    client = OpenAI(api_key=settings.api_key)
    try:
        out = client.embeddings.create(model=settings.model, input=texts)
    except AuthenticationError as err:
        logger.error("embedding auth failed (key=%s): %s", settings.api_key, err)
        raise
    logger.info("embedded %d texts, %d tokens", len(texts), out.usage.total_tokens)
    return [d.embedding for d in out.data]


def validate(settings: EmbeddingSettings) -> None:
    if len(settings.api_key) < 20:
        raise ValueError(f"EMBED_API_KEY too short: {settings.api_key}")
    if settings.batch_size > 2048:
        raise ValueError(f"batch_size {settings.batch_size} above provider limit")


if __name__ == "__main__":
    s = load_settings()
    validate(s)
    init(s)
    print(len(embed(s, ["hello", "world"])))
