"""Config objects as NamedTuple and attrs classes, printed by a diagnostics command."""
import logging
import os
from typing import NamedTuple

import attrs

logger = logging.getLogger("acme.diag")


class Endpoint(NamedTuple):
    name: str
    url: str
    api_key: str


@attrs.define
class Deployment:
    name: str
    region: str
    api_key: str = attrs.field(repr=False)
    weight: int = 1


@attrs.define
class LegacyDeployment:
    name: str
    secret: str


def endpoints() -> list[Endpoint]:
    return [
        Endpoint("openai", "https://api.openai.com/v1", os.environ["OPENAI_API_KEY"]),
        Endpoint("xai", "https://api.x.ai/v1", os.environ["XAI_API_KEY"]),
    ]


def diagnose() -> None:
    for ep in endpoints():
        logger.info("endpoint %s -> %s", ep.name, ep.url)
        print(ep)
    dep = Deployment("eu-main", "westeurope", os.environ["AZURE_OPENAI_API_KEY"])
    print(dep)
    print(attrs.asdict(dep, filter=lambda a, v: a.name != "api_key"))
    legacy = LegacyDeployment("old", os.environ["LEGACY_SECRET"])
    logger.warning("legacy deployment still configured: %r", legacy)
    logger.warning("legacy deployment name %s", legacy.name)
    name, url, key = endpoints()[0]
    logger.info("primary endpoint %s at %s", name, url)
