"""Hydra structured config for async ModelRed sweeps (generation 2 AsyncModelRed)."""
import asyncio
import logging
from dataclasses import dataclass, field

import hydra
from hydra.core.config_store import ConfigStore
from modelred import AsyncModelRed, ModelRedError, RateLimitError
from omegaconf import MISSING, OmegaConf

log = logging.getLogger(__name__)


@dataclass
class ModelRedConf:
    api_key: str = MISSING
    priority: str = "normal"
    poll_seconds: int = 15


@dataclass
class SweepConf:
    modelred: ModelRedConf = field(default_factory=ModelRedConf)
    models: list[str] = field(default_factory=list)
    test_types: list[str] = field(default_factory=lambda: ["jailbreak", "prompt_injection"])


cs = ConfigStore.instance()
cs.store(name="sweep_schema", node=SweepConf)


async def assess(cfg: SweepConf, model: str) -> dict:
    async with AsyncModelRed(api_key=cfg.modelred.api_key) as client:
        try:
            job = await client.create_assessment(model=model, test_types=list(cfg.test_types), priority=cfg.modelred.priority)
            done = await client.wait_for_completion(job["id"], poll_interval=cfg.modelred.poll_seconds)
        except RateLimitError as e:
            log.warning("rate limited on %s: %s", model, e)
            return {"model": model, "status": "rate_limited"}
        except ModelRedError as e:
            return {"model": model, "status": "error", "detail": repr(e)}
    return {"model": model, "status": done["status"], "assessment": job["id"]}


async def sweep(cfg: SweepConf) -> list[dict]:
    return await asyncio.gather(*(assess(cfg, m) for m in cfg.models))


@hydra.main(version_base=None, config_path="conf", config_name="sweep")
def main(cfg: SweepConf) -> None:
    if not str(cfg.modelred.api_key).startswith("mr_"):
        raise ValueError(f"modelred.api_key={cfg.modelred.api_key} is not a ModelRed key (expected mr_...)")
    log.info("modelred priority=%s poll=%ss", cfg.modelred.priority, cfg.modelred.poll_seconds)
    log.info("sweep over %d models, test types %s", len(cfg.models), OmegaConf.to_container(cfg.test_types))
    for row in asyncio.run(sweep(cfg)):
        log.info("%s -> %s", row["model"], row["status"])


if __name__ == "__main__":
    main()
