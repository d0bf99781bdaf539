"""Typed configuration objects for the scanner."""
import logging
from dataclasses import dataclass, field

log = logging.getLogger("scanner.config")


@dataclass(frozen=True)
class ProviderCreds:
    provider: str
    api_base: str
    api_key: str = field(repr=False)


@dataclass(frozen=True)
class ScanConfig:
    model: str
    probe_packs: tuple[str, ...]
    modelred_api_key: str


def show(creds: ProviderCreds, cfg: ScanConfig) -> None:
    log.info("provider %s at %s", creds.provider, creds.api_base)
    log.info("creds %r", creds)
    log.info("scan config %s", cfg)
    log.info("scan of %s with %d packs", cfg.model, len(cfg.probe_packs))
    if not creds.api_key.startswith("sk-"):
        raise ValueError(f"{creds.provider} key {creds.api_key} is not an OpenAI key")
