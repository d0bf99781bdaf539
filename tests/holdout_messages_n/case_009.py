"""Hydra entry point for the nightly eval run; the config carries provider keys via oc.env."""
import logging

import hydra
from omegaconf import DictConfig, OmegaConf

log = logging.getLogger(__name__)

DEFAULTS = OmegaConf.create({
    "judge": {"model": "gpt-4o-mini", "api_key": "${oc.env:OPENAI_API_KEY}", "temperature": 0.0},
    "target": {"model": "claude-3-5-haiku-latest", "api_key": "${oc.env:ANTHROPIC_API_KEY}"},
    "max_tokens": 512,
    "samples": 200,
})


def check(cfg: DictConfig) -> None:
    for section in ("judge", "target"):
        key = cfg[section].api_key
        if not key.startswith("sk-"):
            log.error("%s.api_key does not look like a provider key: %s", section, key)
        log.info("%s uses %s (max_tokens=%d)", section, cfg[section].model, cfg.max_tokens)


@hydra.main(version_base=None, config_path="conf", config_name="eval")
def main(cfg: DictConfig) -> None:
    cfg = OmegaConf.merge(DEFAULTS, cfg)
    log.info("config (unresolved):\n%s", OmegaConf.to_yaml(cfg))
    log.debug("config (resolved):\n%s", OmegaConf.to_yaml(cfg, resolve=True))
    check(cfg)
    judge = OmegaConf.to_container(cfg.judge, resolve=True)
    judge_public = {k: v for k, v in judge.items() if k != "api_key"}
    log.info("judge settings %s", judge_public)
    log.info("running %d samples", cfg.samples)


if __name__ == "__main__":
    main()
