"""Load experiment YAML, resolve provider keys, log the run to W&B."""
from __future__ import annotations

import copy
import logging
import os
from pathlib import Path

import wandb
import yaml

log = logging.getLogger("exp")

SECRET_FIELDS = {"api_key", "judge_api_key"}


def load_experiment(path: str) -> dict:
    cfg = yaml.safe_load(Path(path).read_text())
    prov = cfg["provider"]
    prov["api_key"] = os.environ.get(prov.get("api_key_env", "OPENAI_API_KEY"), "")
    cfg["judge"]["judge_api_key"] = os.environ.get("JUDGE_API_KEY", "")
    return cfg


def redacted(cfg: dict) -> dict:
    out = copy.deepcopy(cfg)
    for section in out.values():
        if isinstance(section, dict):
            for k in SECRET_FIELDS & section.keys():
                section[k] = "***"
    return out


def start(path: str = "configs/exp_041.yaml"):
    cfg = load_experiment(path)
    log.info("experiment %s, seed %s, %d prompts", cfg["name"], cfg["seed"], cfg["data"]["n"])
    print("resolved config:", cfg)
    safe = redacted(cfg)
    run = wandb.init(project="redteam-evals", name=cfg["name"], config=safe)
    wandb.config.update({"max_tokens": cfg["provider"]["max_tokens"]})
    log.info("logged config %s", safe)
    judge_key = cfg["judge"]["judge_api_key"]
    if not judge_key:
        log.warning("no judge key in %s (value %r), judge disabled", "JUDGE_API_KEY", judge_key)
    elif judge_key == cfg["provider"]["api_key"]:
        log.warning("judge and target share the key %s; results may be rate limited", judge_key)
    return run, cfg


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run, cfg = start()
    run.finish()
