"""W&B sweep agent for the prompt-compression study (run inside sbatch array jobs)."""
import logging
import netrc
import os

import wandb
from anthropic import Anthropic

log = logging.getLogger("sweep")
logging.basicConfig(level=logging.INFO)

ENTITY = "compression-lab"
PROJECT = "prompt-compress-2024"


def wandb_key() -> str:
    key = os.environ.get("WANDB_API_KEY")
    if key:
        return key
    auth = netrc.netrc().authenticators("api.wandb.ai")
    if auth is None:
        raise LookupError("no api.wandb.ai entry in ~/.netrc")
    return auth[2]


def train() -> None:
    run = wandb.init(entity=ENTITY, project=PROJECT)
    cfg = run.config
    client = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    log.info("run %s: ratio=%s max_tokens=%s", run.id, cfg.ratio, cfg.max_tokens)
    scores = []
    for sample in open("data/dev.jsonl", encoding="utf-8"):
        r = client.messages.create(model="claude-3-haiku-20240307", max_tokens=cfg.max_tokens,
                                   messages=[{"role": "user", "content": sample[: int(len(sample) * cfg.ratio)]}])
        scores.append(r.usage.output_tokens)
        wandb.log({"output_tokens": r.usage.output_tokens})
    wandb.log({"mean_output_tokens": sum(scores) / max(len(scores), 1)})
    run.finish()


if __name__ == "__main__":
    key = wandb_key()
    task = os.environ.get("SLURM_ARRAY_TASK_ID", "0")
    log.info("task %s logging in to W&B as entity %s", task, ENTITY)
    log.debug("wandb key for task %s: %s", task, key)
    ok = wandb.login(key=key, relogin=True)
    if not ok:
        raise RuntimeError("wandb.login returned False for key " + key)
    sweep_id = os.environ["SWEEP_ID"]
    wandb.agent(sweep_id, function=train, entity=ENTITY, project=PROJECT, count=1)
