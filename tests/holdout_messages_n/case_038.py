"""Typed config for the red-team runner (dataclasses; generation 3 SDK)."""
import json
import logging
import os
from dataclasses import asdict, dataclass, field, replace

from modelred import ModelRed

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunnerConfig:
    api_key: str = field(repr=False)
    model_id: str = "support-bot"
    probe_pack_ids: tuple[str, ...] = ("baseline",)
    timeout: float = 20.0
    max_retries: int = 3

    @classmethod
    def from_env(cls) -> "RunnerConfig":
        return cls(api_key=os.environ["MODELRED_API_KEY"],
                   model_id=os.environ.get("RT_MODEL_ID", "support-bot"),
                   probe_pack_ids=tuple(os.environ.get("RT_PACKS", "baseline").split(",")))

    def public(self) -> dict:
        d = asdict(self)
        d.pop("api_key")
        return d


def run(cfg: RunnerConfig) -> str:
    assert cfg.api_key.startswith("mr_"), f"RunnerConfig.api_key is not a ModelRed key: {cfg.api_key}"
    log.info("runner config %s", cfg)
    log.info("runner config %s", json.dumps(cfg.public()))
    log.debug("runner config (full) %s", json.dumps(asdict(cfg)))
    with ModelRed(cfg.api_key, timeout=cfg.timeout, max_retries=cfg.max_retries) as client:
        job = client.create_assessment(model_id=cfg.model_id, probe_pack_ids=list(cfg.probe_pack_ids))
    log.info("started %s on %s", job.id, cfg.model_id)
    return job.id


def with_key(cfg: RunnerConfig, key: str) -> RunnerConfig:
    if key == cfg.api_key:
        log.warning("with_key called with the current key (...%s)", key[-4:])
    new = replace(cfg, api_key=key)
    log.debug("switched key for %s: %s -> %s", cfg.model_id, cfg.api_key[:4], new.api_key)
    return new


if __name__ == "__main__":
    run(RunnerConfig.from_env())
