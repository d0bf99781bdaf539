"""Grading pipeline config loader (YAML) with per-stage provider keys."""
import logging
from pathlib import Path

import yaml

cfg_log = logging.getLogger("pipeline.config")

DEFAULT = Path("pipeline.yaml")


class StageConfig:
    def __init__(self, name: str, provider: str, model: str, api_key: str, max_tokens: int):
        self.name = name
        self.provider = provider
        self.model = model
        self.api_key = api_key
        self.max_tokens = max_tokens

    def summary(self) -> str:
        return f"{self.name}: {self.provider}/{self.model} max_tokens={self.max_tokens}"


def load(path: Path = DEFAULT) -> list[StageConfig]:
    raw = yaml.safe_load(path.read_text())
    stages = []
    for s in raw["stages"]:
        key = s.get("api_key") or ""
        if key.startswith("${"):
            raise ValueError(f"stage {s['name']}: unresolved placeholder in api_key field")
        stage = StageConfig(s["name"], s["provider"], s["model"], key, s.get("max_tokens", 400))
        cfg_log.info("stage %s", stage.summary())
        stages.append(stage)
    return stages


def validate(stages: list[StageConfig]) -> None:
    for st in stages:
        if st.provider == "openai" and not st.api_key.startswith("sk-"):
            raise ValueError(f"stage {st.name} has a non-OpenAI key {st.api_key}")
        if st.max_tokens > 4096:
            raise ValueError(f"stage {st.name}: max_tokens {st.max_tokens} too large")
    cfg_log.info("validated %d stages", len(stages))


def dump(stages: list[StageConfig]) -> None:
    for st in stages:
        cfg_log.debug("stage %s uses %s key %s", st.name, st.provider, st.api_key)
        cfg_log.debug("stage %s key length %d", st.name, len(st.api_key))


if __name__ == "__main__":
    s = load()
    validate(s)
    dump(s)
