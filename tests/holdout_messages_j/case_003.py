"""Provider settings held in dataclasses; one hides its key from repr, one does not."""
import logging
import os
from dataclasses import asdict, dataclass, field

log = logging.getLogger("gateway.config")


@dataclass(frozen=True)
class UpstreamConfig:
    name: str
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 30.0


@dataclass
class LegacyUpstream:
    name: str
    base_url: str
    api_key: str


def load_upstreams() -> list[UpstreamConfig]:
    upstreams = [
        UpstreamConfig("openai", "https://api.openai.com/v1", os.environ["OPENAI_API_KEY"]),
        UpstreamConfig("mistral", "https://api.mistral.ai/v1", os.environ["MISTRAL_API_KEY"], timeout=60.0),
    ]
    for up in upstreams:
        log.info("loaded upstream %r", up)
        log.debug("upstream %s timeout=%.0fs url=%s", up.name, up.timeout, up.base_url)
    return upstreams


def load_legacy() -> LegacyUpstream:
    legacy = LegacyUpstream("together", "https://api.together.xyz/v1", os.environ["TOGETHER_API_KEY"])
    log.info("legacy upstream: %s", legacy)
    return legacy


def describe(up: UpstreamConfig) -> dict:
    info = asdict(up)
    info.pop("api_key")
    log.info("upstream description %s", info)
    return info


def check(up: UpstreamConfig) -> None:
    if len(up.api_key) < 20:
        raise ValueError(f"key for {up.name} looks truncated (length {len(up.api_key)})")
