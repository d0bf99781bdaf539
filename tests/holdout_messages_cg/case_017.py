"""Experiment bookkeeping for the summarisation benchmark: one class per run, config from YAML."""
from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import yaml
from openai import OpenAI

logger = logging.getLogger("bench.runs")


@dataclasses.dataclass
class ProviderSettings:
    model: str
    base_url: str
    api_key: str = dataclasses.field(repr=False)
    max_tokens: int = 512
    temperature: float = 0.0


@dataclasses.dataclass
class RunSpec:
    name: str
    dataset: str
    provider: ProviderSettings
    seeds: list[int] = dataclasses.field(default_factory=lambda: [0, 1, 2])

    @classmethod
    def from_yaml(cls, path: Path) -> "RunSpec":
        raw = yaml.safe_load(path.read_text())
        prov = ProviderSettings(**raw.pop("provider"))
        return cls(provider=prov, **raw)


class BenchRun:
    def __init__(self, spec: RunSpec, out_dir: Path):
        self.spec = spec
        self.out_dir = out_dir
        self.client = OpenAI(api_key=spec.provider.api_key, base_url=spec.provider.base_url)
        logger.info("run %s: %r", spec.name, spec.provider)
        logger.info("seeds=%s max_tokens=%d", spec.seeds, spec.provider.max_tokens)

    def check_provider(self) -> None:
        key = self.spec.provider.api_key
        if not key.startswith("sk-"):
            logger.error("run %s: provider key %s is not an OpenAI key", self.spec.name, key)
        models = [m.id for m in self.client.models.list()]
        if self.spec.provider.model not in models:
            raise LookupError(f"{self.spec.provider.model} not served at {self.spec.provider.base_url}")

    def dump_config(self) -> None:
        cfg = dataclasses.asdict(self.spec)
        (self.out_dir / "config.json").write_text(str(cfg))
        logger.debug("resolved config %s", cfg)
        safe = {k: v for k, v in cfg["provider"].items() if k != "api_key"}
        logger.info("provider settings %s", safe)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    run = BenchRun(RunSpec.from_yaml(Path("runs/xsum_gpt4o.yaml")), Path("out"))
    run.check_provider()
    run.dump_config()
