"""Weights & Biases Weave tracing for our eval harness (plain functions)."""
import logging
import os

import weave
from openai import OpenAI

log = logging.getLogger("evals")

WANDB_KEY_VAR = "WANDB_API_KEY"
MAX_TOKENS = 256


def init_weave(project: str) -> None:
    key = os.getenv(WANDB_KEY_VAR)
    log.info("weave project=%s using %s", project, WANDB_KEY_VAR)
    if key is None:
        log.warning("no %s, tracing stays local", WANDB_KEY_VAR)
    weave.init(project)


@weave.op()
def grade(question: str, answer: str, client: OpenAI) -> float:
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "Grade 0-1."}, {"role": "user", "content": f"{question}\n{answer}"}],
    )
    log.debug("grade used %d tokens (cap %d)", r.usage.total_tokens, MAX_TOKENS)
    try:
        return float(r.choices[0].message.content.strip())
    except ValueError:
        return 0.0


def run(dataset: list[dict], api_key: str) -> float:
    client = OpenAI(api_key=api_key)
    scores = [grade(row["q"], row["a"], client) for row in dataset]
    log.info("mean score %.3f over %d rows", sum(scores) / max(len(scores), 1), len(scores))
    return sum(scores) / max(len(scores), 1)


def debug_env() -> None:
    for var in ("OPENAI_API_KEY", WANDB_KEY_VAR, "WANDB_ENTITY"):
        val = os.getenv(var)
        log.debug("%s=%s", var, val)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    init_weave("support-evals")
    debug_env()
    key = os.environ["OPENAI_API_KEY"]
    print("grading with key", key)
    run([{"q": "2+2?", "a": "4"}], key)
