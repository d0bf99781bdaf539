"""Shared observability config loaded from YAML; keys for Langfuse, OpenAI and ModelRed."""
import logging
from dataclasses import dataclass, field

import yaml

logger = logging.getLogger("obs.config")


@dataclass
class ObsConfig:
    service: str
    langfuse_host: str
    langfuse_public_key: str
    langfuse_secret_key: str = field(repr=False)
    openai_api_key: str = field(repr=False)
    modelred_api_key: str = field(repr=False)
    sample_rate: float = 1.0


def load(path: str) -> ObsConfig:
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    logger.info("loaded %s sections=%s", path, sorted(raw))
    obs = raw.get("observability", {})
    logger.debug("observability block: %s", obs)
    cfg = ObsConfig(
        service=raw.get("service", "unknown"),
        langfuse_host=obs.get("langfuse_host", "https://cloud.langfuse.com"),
        langfuse_public_key=obs["langfuse_public_key"],
        langfuse_secret_key=obs["langfuse_secret_key"],
        openai_api_key=raw["openai"]["api_key"],
        modelred_api_key=raw["modelred"]["api_key"],
        sample_rate=float(obs.get("sample_rate", 1.0)),
    )
    logger.info("config %r", cfg)
    return cfg


def validate(cfg: ObsConfig) -> None:
    if not cfg.modelred_api_key.startswith("mr_"):
        raise ValueError(f"modelred.api_key must start with mr_: {cfg.modelred_api_key}")
    if cfg.sample_rate > 1 or cfg.sample_rate < 0:
        raise ValueError(f"sample_rate out of range: {cfg.sample_rate}")
    if not cfg.langfuse_secret_key.startswith("sk-lf-"):
        logger.warning("langfuse secret key for %s looks odd: %s", cfg.service, cfg.langfuse_secret_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    c = load("obs.yaml")
    validate(c)
    print("ok", c.service, c.langfuse_host)
