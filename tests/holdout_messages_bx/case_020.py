"""Gazebo / ROS 2 simulation harness: an LLM picks the next scenario, results go to W&B."""
import logging
import os
import subprocess

import wandb
from openai import OpenAI

LOGGER = logging.getLogger("simharness")


def load_secrets() -> dict:
    return {
        "openai": os.environ.get("OPENAI_API_KEY"),
        "wandb": os.environ.get("WANDB_API_KEY"),
        "project": os.environ.get("WANDB_PROJECT", "nav2-sim"),
    }


def next_scenario(client: OpenAI, history: list[str]) -> str:
    r = client.chat.completions.create(
        model="gpt-4o-mini", max_tokens=60,
        messages=[{"role": "system", "content": "Pick the next Gazebo world name to stress Nav2."},
                  {"role": "user", "content": "\n".join(history) or "none yet"}],
    )
    return r.choices[0].message.content.strip()


def run_world(world: str) -> int:
    cmd = ["ros2", "launch", "nav2_bringup", "tb3_simulation_launch.py", f"world:={world}", "headless:=True"]
    LOGGER.info("launching %s", " ".join(cmd))
    return subprocess.run(cmd, timeout=900).returncode


def main():
    logging.basicConfig(level=logging.INFO)
    secrets = load_secrets()
    LOGGER.info("project=%s", secrets["project"])
    LOGGER.info("loaded secrets: %s", secrets)
    wandb.login(key=secrets["wandb"])
    LOGGER.info("wandb login ok for project %s", secrets["project"])
    run = wandb.init(project=secrets["project"], job_type="sim-sweep")
    client = OpenAI(api_key=secrets["openai"])
    history = []
    for _ in range(5):
        world = next_scenario(client, history)
        rc = run_world(world)
        history.append(f"{world}: rc={rc}")
        wandb.log({"world": world, "rc": rc})
    run.finish()
    LOGGER.info("sweep done: %s", [k for k, v in secrets.items() if v])


if __name__ == "__main__":
    main()
