"""Escalation policy configuration for the LLM-abuse responder, loaded from YAML."""
from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass, field
from pathlib import Path

import yaml

log = logging.getLogger("responder.config")


@dataclass
class EscalationConfig:
    opsgenie_team: str
    opsgenie_api_key: str = field(repr=False)
    slack_channel: str = "#llm-abuse"
    slack_webhook_url: str = field(default="", repr=False)
    llm_provider: str = "openai"
    llm_api_key: str = field(default="", repr=False)
    max_tokens: int = 256
    severity_threshold: float = 0.7

    @classmethod
    def load(cls, path: Path) -> "EscalationConfig":
        raw = yaml.safe_load(path.read_text())
        missing = [k for k in ("opsgenie_team", "opsgenie_api_key") if not raw.get(k)]
        if missing:
            raise KeyError(f"{path}: missing {', '.join(missing)}")
        cfg = cls(**raw)
        log.info("loaded escalation config %r", cfg)
        return cfg

    def validate(self) -> None:
        if self.llm_provider == "openai" and not self.llm_api_key.startswith("sk-"):
            raise ValueError(f"llm_api_key for openai must start with sk- (got {len(self.llm_api_key)} characters)")
        if not 0 < self.severity_threshold <= 1:
            raise ValueError(f"severity_threshold out of range: {self.severity_threshold}")
        log.info("max_tokens=%d provider=%s", self.max_tokens, self.llm_provider)

    def dump(self) -> None:
        log.debug("effective escalation config: %s", dataclasses.asdict(self))


def load_default() -> EscalationConfig:
    cfg = EscalationConfig.load(Path("/etc/responder/escalation.yaml"))
    cfg.validate()
    return cfg
