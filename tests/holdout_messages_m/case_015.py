"""Eval harness: run a prompt set against a model and print a report."""
from __future__ import annotations

import argparse
import json
import os
from dataclasses import asdict, dataclass, field
from pprint import pprint

from openai import OpenAI
from tqdm import tqdm


@dataclass
class EvalConfig:
    model: str
    api_key: str
    dataset: str
    temperature: float = 0.0
    max_tokens: int = 256
    tags: list[str] = field(default_factory=list)

    def public(self) -> dict:
        d = asdict(self)
        d.pop("api_key")
        return d


def load_config(ns: argparse.Namespace) -> EvalConfig:
    return EvalConfig(model=ns.model, api_key=ns.api_key or os.environ["OPENAI_API_KEY"], dataset=ns.dataset)


def run(cfg: EvalConfig) -> None:
    pprint(cfg.public())
    pprint(asdict(cfg))
    client = OpenAI(api_key=cfg.api_key)
    rows = [json.loads(line) for line in open(cfg.dataset)]
    correct = 0
    for row in tqdm(rows):
        out = client.chat.completions.create(model=cfg.model, messages=[{"role": "user", "content": row["q"]}],
                                             max_tokens=cfg.max_tokens, temperature=cfg.temperature)
        answer = out.choices[0].message.content or ""
        if answer.strip() == row["a"]:
            correct += 1
        else:
            tqdm.write(f"miss on {row['id']} ({out.usage.completion_tokens} tokens)")
    tqdm.write(f"{cfg.model}: {correct}/{len(rows)} with key {cfg.api_key}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--model", default="gpt-4o-mini")
    p.add_argument("--api-key")
    p.add_argument("--dataset", required=True)
    run(load_config(p.parse_args()))
