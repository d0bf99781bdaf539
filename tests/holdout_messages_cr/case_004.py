"""MRO maintenance-log assistant: turns technician write-ups into ATA-chaptered defect entries."""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field

import anthropic

log = logging.getLogger(__name__)


@dataclass
class AssistantConfig:
    anthropic_key: str = field(repr=False)
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 800
    tenant: str = "mro-hangar-2"


def load_config(path: str) -> AssistantConfig:
    with open(path, encoding="utf-8") as fh:
        raw = json.load(fh)
    key = raw.get("anthropic_api_key") or os.getenv("ANTHROPIC_API_KEY", "")
    if not key.startswith("sk-ant-"):
        raise ValueError(f"anthropic key in {path} looks wrong: {key}")
    cfg = AssistantConfig(anthropic_key=key, model=raw.get("model", AssistantConfig.model))
    log.info("config loaded: %r", cfg)
    log.info("config keys present: %s", sorted(raw))
    return cfg


class DefectWriter:
    def __init__(self, cfg: AssistantConfig):
        self.cfg = cfg
        self.client = anthropic.Anthropic(api_key=cfg.anthropic_key)

    def to_entry(self, tail: str, writeup: str) -> dict:
        msg = self.client.messages.create(
            model=self.cfg.model,
            max_tokens=self.cfg.max_tokens,
            system="Return JSON with ata_chapter, defect, action, mel_item.",
            messages=[{"role": "user", "content": f"Tail {tail}: {writeup}"}],
        )
        log.debug("tail %s in=%d out=%d", tail, msg.usage.input_tokens, msg.usage.output_tokens)
        try:
            return json.loads(msg.content[0].text)
        except json.JSONDecodeError:
            log.error("unparseable answer for %s using key %s", tail, self.cfg.anthropic_key)
            return {"ata_chapter": None, "defect": writeup}


if __name__ == "__main__":
    cfg = load_config(os.getenv("MRO_ASSIST_CONFIG", "mro_assist.json"))
    w = DefectWriter(cfg)
    print(w.to_entry("N421AX", "L/H main gear tyre worn to limits, replaced IAW AMM 32-45-11"))
