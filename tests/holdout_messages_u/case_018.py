"""Sweep runner: trains a LoRA adapter per config and reports to Weights & Biases."""
import argparse
import os
import warnings

import wandb
import yaml


def parse() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("--config", default="sweep.yaml")
    p.add_argument("--wandb-key", default=os.environ.get("WANDB_API_KEY"))
    p.add_argument("--project", default="lora-sweeps")
    p.add_argument("--max-new-tokens", type=int, default=128)
    return p.parse_args()


def train_one(cfg: dict, max_new_tokens: int) -> dict:
    # placeholder for the real training loop
    return {"loss": 0.42, "eval_tokens": max_new_tokens * 10, "lr": cfg["lr"]}


def main() -> None:
    args = parse()
    if not args.wandb_key:
        warnings.warn(f"no W&B key given (got {args.wandb_key!r}); running offline")
        os.environ["WANDB_MODE"] = "offline"
    else:
        ok = wandb.login(key=args.wandb_key, relogin=True)
        if not ok:
            warnings.warn(f"wandb.login failed for key {args.wandb_key}")
    print("args:", {k: v for k, v in vars(args).items() if k != "wandb_key"})
    print("args (debug):", vars(args))
    with open(args.config) as fh:
        configs = yaml.safe_load(fh)["runs"]
    for cfg in configs:
        run = wandb.init(project=args.project, config=cfg, reinit=True)
        metrics = train_one(cfg, args.max_new_tokens)
        wandb.log(metrics)
        print(f"{run.name}: loss={metrics['loss']} eval_tokens={metrics['eval_tokens']}")
        print(f"run page {run.url}")
        run.finish()


if __name__ == "__main__":
    main()
