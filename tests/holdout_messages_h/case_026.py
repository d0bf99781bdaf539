"""Provider credential records passed around the evaluation harness."""
import logging
import os
from dataclasses import dataclass, field
from typing import NamedTuple

logger = logging.getLogger("harness")


@dataclass
class ProviderCreds:
    provider: str
    api_key: str
    org_id: str | None = None
    extra_headers: dict = field(default_factory=dict)


class Endpoint(NamedTuple):
    name: str
    url: str
    token: str


def from_env() -> list[ProviderCreds]:
    creds = [ProviderCreds("openai", os.environ["OPENAI_API_KEY"], os.environ.get("OPENAI_ORG_ID"))]
    if "OPENROUTER_API_KEY" in os.environ:
        creds.append(ProviderCreds(provider="openrouter", api_key=os.environ["OPENROUTER_API_KEY"]))
    return creds


def summarise(creds: list[ProviderCreds]) -> None:
    for c in creds:
        logger.info("provider=%s org=%s headers=%s", c.provider, c.org_id, sorted(c.extra_headers))
        print(c)


def endpoints() -> list[Endpoint]:
    eps = [Endpoint("judge", "https://judge.internal/v1", os.environ["JUDGE_TOKEN"])]
    for ep in eps:
        logger.info("endpoint %s at %s", ep.name, ep.url)
    logger.debug("endpoints: %r", eps)
    return eps
